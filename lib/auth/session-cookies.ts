/**
 * next-auth v4 names its session cookie "__Secure-next-auth.session-token" when NEXTAUTH_URL is
 * https and "next-auth.session-token" otherwise. Both are cleared on sign-out, so the choice of
 * URL never leaves a cookie behind; a __Secure- cookie can only be overwritten with `secure`.
 */
export const SESSION_COOKIE_NAMES = [
  { name: "next-auth.session-token", secure: false },
  { name: "__Secure-next-auth.session-token", secure: true },
] as const;
