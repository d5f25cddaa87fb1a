/**
 * Whether a state-changing request that is not a server action (Next.js checks those itself)
 * comes from one of our own pages. Browsers send Origin with every form POST; "null" (sandboxed
 * frames, some redirects) and a foreign host are refused. A request without Origin (an old client
 * or a script) is let through: the session cookie is SameSite=Lax, so a cross-site form cannot
 * carry it anyway, and this check is the second line.
 */
export function isSameOriginRequest(headers: Pick<Headers, "get">): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
}

/**
 * The one gate for route handlers that change state (POST, PUT, PATCH, DELETE of a route.ts under app/):
 * a request whose Origin is "null", unparsable or another site's gets 403 before the handler, its
 * session look-up or its parsing run. A guard test (e2e/security.spec.ts) finds every such export
 * and sends it those three origins, so a new route handler is covered as soon as it exists.
 */
export function sameOriginOnly<C>(handler: (request: Request, context: C) => Response | Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> =>
    isSameOriginRequest(request.headers) ? handler(request, context) : new Response(null, { status: 403 });
}
