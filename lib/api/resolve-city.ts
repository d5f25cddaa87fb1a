/**
 * The one place the public API turns a city in its path into the city it serves. Today the portal
 * serves Nanchang only; issue 22 (several cities) replaces this body with a look-up in the city
 * table, and every city-scoped endpoint follows without another change.
 */
export const DEFAULT_CITY_SLUG = "nanchang";

export interface ResolvedCity {
  id: string;
}

export async function resolveCity(slug: string): Promise<ResolvedCity | null> {
  return slug === DEFAULT_CITY_SLUG ? { id: DEFAULT_CITY_SLUG } : null;
}
