/**
 * The pages' Content-Security-Policy: scripts only from this origin or carrying this request's
 * nonce (Next.js puts the nonce on its own inline scripts), no plugins, no framing, forms only
 * to this origin. Inline styles stay allowed: React and chart libraries set style attributes,
 * and a style cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, { https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
