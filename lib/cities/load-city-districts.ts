import type { Db } from "@/lib/db";
import type { CityDistricts } from "@/lib/organisations/districts";
import { BUILT_IN_CITY_ID } from "./find-city";

// Every served city with its districts (CityDistrict), for the forms that offer them and the pages
// that name them. Cached in the process as the policy versions are (lib/policy/load-policy-versions.ts):
// every sign-up page and review list needs them, and they change when a city is added.
// - the cache is per database (keyed by the Prisma client's query engine), so tests that open
//   several databases in one process never see each other's lists;
// - a city's creation (and the seed) calls clearCityDistrictCache(); other instances see the new
//   list within CACHE_TTL_MS;
// - a decision (sign-up, profile) reads the lists fresh (readCityDistricts): it must agree with the
//   city found for the credit code in the same request, which is never cached.
const CACHE_TTL_MS = 60_000;
const cache = new WeakMap<object, { at: number; generation: number; lists: Promise<CityDistricts[]> }>();
let generation = 0;

function cacheKey(db: Db): object {
  const engine = (db as unknown as { _engine?: unknown })._engine;
  return typeof engine === "object" && engine !== null ? engine : db;
}

/** Forgets the cached lists (call after a city or a district is added or changed). */
export function clearCityDistrictCache(): void {
  generation++;
}

/** Every city with its districts, uncached: the city the portal started with first, then the others by id. */
export async function readCityDistricts(db: Db): Promise<CityDistricts[]> {
  const cities = await db.city.findMany({
    orderBy: { id: "asc" },
    select: { id: true, nameZh: true, nameEn: true, divisionPrefixes: true, districts: { orderBy: { position: "asc" }, select: { code: true, nameZh: true, nameEn: true } } },
  });
  return cities
    .sort((a, b) => Number(b.id === BUILT_IN_CITY_ID) - Number(a.id === BUILT_IN_CITY_ID))
    .map((c) => ({ cityId: c.id, nameZh: c.nameZh, nameEn: c.nameEn, divisionPrefixes: c.divisionPrefixes, districts: c.districts }));
}

/** Every city with its districts, cached for CACHE_TTL_MS (for what is shown, not for what is decided). */
export async function loadCityDistricts(db: Db): Promise<CityDistricts[]> {
  const key = cacheKey(db);
  const hit = cache.get(key);
  if (hit && hit.generation === generation && Date.now() - hit.at < CACHE_TTL_MS) return hit.lists;
  const entry = { at: Date.now(), generation, lists: readCityDistricts(db) };
  cache.set(key, entry);
  try {
    return await entry.lists;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}
