/** Where a sign-in goes when it has no (acceptable) place to return to: each role's start page. */
export const HOME_PATH = "/home";

/**
 * The areas of the portal a sign-in may return to. A guard test (return-path.test.ts) compares
 * this list with the top-level folders of app/, so a new area has to be placed here or in its
 * list of pages that are never a return target (login, sign-up, invitations, API, sign-out).
 */
export const RETURN_PATH_PREFIXES = ["/home", "/inbox", "/enterprise", "/institution", "/review", "/admin", "/province", "/account", "/notice", "/calculator", "/developers"] as const;

// Browsers drop tab, CR and LF inside a URL and read "\" as "/" (so "/\evil.example" is
// "//evil.example", another host). Such a target is never ours: refused before parsing.
const MISREAD_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

function isPortalPath(pathname: string): boolean {
  return RETURN_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * The path a callbackUrl (login form, next-auth's redirect callback, proxy) may send the browser
 * to, or HOME_PATH. The target is resolved against the portal's own origin exactly as a browser
 * resolves it; it is accepted only when it stays on that origin and its path lies in one of the
 * portal's areas. What comes back is rebuilt from the parsed URL (path, query, fragment), so the
 * browser follows the very path that was checked, never the raw text (no "//", "\" or "javascript:").
 */
export function safeReturnPath(target: unknown, portalOrigin: string): string {
  if (typeof target !== "string" || target === "" || MISREAD_CHARACTERS.test(target)) return HOME_PATH;
  let url: URL;
  let origin: string;
  try {
    origin = new URL(portalOrigin).origin;
    url = new URL(target, origin);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== origin || !isPortalPath(url.pathname)) return HOME_PATH;
  // An encoded "/" or "\\" ("%2f", "%5c", or encoded again as "%252f") is no separator to the URL
  // parser, but a proxy or server further on may decode it; no path of ours needs one. The same
  // for encoded control characters.
  if (/%(25)*(2f|5c)/i.test(url.pathname)) return HOME_PATH;
  try {
    if (MISREAD_CHARACTERS.test(decodeURIComponent(url.pathname))) return HOME_PATH;
  } catch {
    return HOME_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
