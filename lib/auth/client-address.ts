/**
 * The client's address as the reverse proxy in front of the app reports it. Next.js sets
 * x-forwarded-for itself when there is no proxy. The last hop is the one our own proxy added;
 * earlier entries are whatever the client claimed and must not be trusted for throttling.
 */
export function clientAddressFrom(headers: Record<string, string | string[] | undefined> | Headers): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const hops = (value ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? "unknown";
}
