import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { safeReturnPath } from "@/lib/auth/return-path";
import { newNonce, pageContentSecurityPolicy } from "@/lib/security/content-security-policy";

/**
 * The first gate only: it refuses a known bypass header, gives every page its CSP nonce, and
 * sends a visitor without a session cookie to the login page before a protected page renders.
 * Every page and action still checks the session and role itself (lib/auth/current-user.ts);
 * a valid-looking cookie here proves nothing on its own.
 */
const PROTECTED_PREFIXES = ["/enterprise", "/institution", "/review", "/admin", "/province", "/home", "/account"];

export async function proxy(request: NextRequest) {
  // Internal header of Next.js's own sub-requests; a client sending it is probing a known bypass.
  if (request.headers.has("x-middleware-subrequest")) {
    return new NextResponse(null, { status: 400 });
  }
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");

  // A server action authenticates itself (lib/actions/action-client.ts) and answers "signed out"
  // to its form, which keeps what the user typed; a redirect here would swallow that answer.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (!isServerAction && PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`) || pathname.startsWith(`${prefix}.`))) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token?.sid) {
      const login = new URL("/login", request.url);
      // Checked like any other return target: the path comes from the request line, which a link can shape.
      login.searchParams.set("callbackUrl", safeReturnPath(`${pathname}${search}`, request.nextUrl.origin));
      return NextResponse.redirect(login);
    }
  }
  if (isApi) return NextResponse.next();

  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, { https: request.nextUrl.protocol === "https:" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static files of public/ are for everyone and carry no page: no session check, no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|robots.txt|manifest.webmanifest).*)"],
};
