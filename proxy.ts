import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * The first gate only: a visitor without a session cookie is sent to the login page before a
 * protected page renders. Every page and action still checks the session and role itself
 * (lib/auth/current-user.ts); a valid-looking cookie here proves nothing on its own.
 */
const PROTECTED_PREFIXES = ["/enterprise", "/institution", "/review", "/admin", "/home"];

export async function proxy(request: NextRequest) {
  // Internal header of Next.js's own sub-requests; a client sending it is probing a known bypass.
  if (request.headers.has("x-middleware-subrequest")) {
    return new NextResponse(null, { status: 400 });
  }
  const { pathname, search } = request.nextUrl;
  if (!PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token?.sid) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
