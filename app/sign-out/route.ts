import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sameOriginOnly } from "@/lib/auth/same-origin";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookies";
import { revokeSession } from "@/lib/auth/revoke-sessions";
import { getPrisma } from "@/lib/db";

/**
 * Sign-out, posted by a plain HTML form (components/sign-out-button.tsx). A native form post is
 * a full page load: it works before the page has hydrated, cannot be queued behind a pending
 * refresh of the client router (where next-auth/react's signOut() click was lost), and leaves no
 * previous user's pages in the browser's router cache. The Session row is what every instance
 * checks, so revoking it ends the session everywhere; clearing the cookie tidies this browser.
 */
export const POST = sameOriginOnly(async (): Promise<Response> => {
  const user = await getCurrentUser();
  if (user) await getPrisma().$transaction((tx) => revokeSession(tx, user.sessionId));
  const jar = await cookies();
  for (const { name, secure } of SESSION_COOKIE_NAMES) {
    if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure });
  }
  // 303: the browser follows with a GET. A relative Location keeps the host the browser used.
  return new Response(null, { status: 303, headers: { Location: "/login" } });
});
