import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { sameOriginOnly } from "@/lib/auth/same-origin";

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET };
// Sign-in, sign-out and session updates: next-auth's CSRF token is the first line, the Origin the second.
export const POST = sameOriginOnly(handler);
