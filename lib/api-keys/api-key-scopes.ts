/** What an API key may do. A key carries one or both; every keyed endpoint names the one it needs. */
export const API_KEY_SCOPES = ["claims:read", "claims:write"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export function hasScope(scopes: readonly string[], needed: ApiKeyScope): boolean {
  return scopes.includes(needed);
}
