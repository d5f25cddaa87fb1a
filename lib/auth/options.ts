import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { serverEnv } from "@/lib/config/env";
import { authenticate } from "./authenticate";
import { clientAddressFrom } from "./client-address";
import { revokeSession } from "./revoke-sessions";
import { safeReturnPath } from "./return-path";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";

/**
 * next-auth carries only the database session's id in its signed, encrypted cookie. Whether
 * the session is still valid (not logged out, not revoked, not idle) is decided on every
 * request from the Session row: see current-user.ts.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: serverEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate(getPrisma(), {
            email: credentials?.email,
            password: credentials?.password,
            ipAddress: clientAddressFrom(req.headers ?? {}),
            userAgent: (req.headers?.["user-agent"] as string | undefined) ?? null,
          });
          // The error code reaches the login form (signIn's result.error); it names no account.
          if (!result.ok) throw new Error(result.error);
          return { id: result.userId, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      // The same rule as the login form and proxy.ts: only a page in one of the portal's areas.
      redirect({ url, baseUrl }) {
        return new URL(safeReturnPath(url, baseUrl), baseUrl).toString();
      },
      jwt({ token, user }) {
        if (user) token.sid = (user as unknown as { sessionId: string }).sessionId;
        return token;
      },
      session({ session, token }) {
        // Expose nothing but the session id: the page reads the rest from the database.
        return { expires: session.expires, sid: token.sid } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const sid = token?.sid;
        if (typeof sid === "string") await getPrisma().$transaction((tx) => revokeSession(tx, sid));
      },
    },
  };
}
