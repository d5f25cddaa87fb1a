// Which city an organisation belongs to, from the region digits of its credit code (characters 3
// to 8, the administrative division of registration). Pure, so sign-up, the seed and the tests
// decide it the same way.

export interface CityCoverage {
  id: string;
  divisionPrefixes: readonly string[];
}

/**
 * The city whose division prefixes cover the region code (the longest matching prefix wins, so a
 * city could carve a county out of a larger one). A deployment with one city serves every
 * organisation from it, as the portal always has (an employer or enterprise registered elsewhere
 * applies to that city's bureau); with several, a region no city covers has none.
 */
export function cityForRegion(cities: readonly CityCoverage[], regionCode: string): string | null {
  let best: { id: string; length: number } | null = null;
  for (const city of cities) {
    for (const prefix of city.divisionPrefixes) {
      if (regionCode.startsWith(prefix) && (!best || prefix.length > best.length)) best = { id: city.id, length: prefix.length };
    }
  }
  if (best) return best.id;
  return cities.length === 1 ? cities[0]!.id : null;
}

/**
 * Whether a region code lies in the city's own territory (its division prefixes). Unlike
 * cityForRegion, a one-city portal does not stretch this to everywhere: rule B's "employer in the
 * city" means registered there, wherever the portal takes applications from.
 */
export function regionInCity(regionCode: string, divisionPrefixes: readonly string[]): boolean {
  return divisionPrefixes.some((prefix) => regionCode.startsWith(prefix));
}
