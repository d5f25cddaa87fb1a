import type { Db } from "@/lib/db";
import {
  policyInForceForClaimYear,
  policyInForceOn,
  policyVersionFromRow,
  type EligibilityPolicy,
} from "@/lib/eligibility";


// Policy versions are cached in the process (bench/README.md, fix S2): every submission and
// decision needs them, and they change a few times a decade. Why that is correct:
// - versions are only inserted at start-up (ensureBuiltInPolicyVersions, before the first request)
//   or edited by the administrator, and such an edit must call clearPolicyVersionCache();
// - other instances do not see that call, so an entry is also dropped after CACHE_TTL_MS: an edit
//   reaches every instance within that time (a version is edited long before it takes effect);
// - an empty result is never cached (a database that has not been seeded yet).
// The cache is per database: keyed by the Prisma client's query engine, which a transaction
// client shares with its client (falling back to the client object itself), so tests that open
// several databases in one process never see each other's versions.
const CACHE_TTL_MS = 5 * 60_000;
// One entry holds every city's published versions (a handful each): a lookup by id needs no city.
interface CityPolicy {
  cityId: string;
  policy: EligibilityPolicy;
}
const cache = new WeakMap<object, { at: number; generation: number; versions: Promise<CityPolicy[]> }>();
let generation = 0;

function cacheKey(db: Db): object {
  const engine = (db as unknown as { _engine?: unknown })._engine;
  return typeof engine === "object" && engine !== null ? engine : db;
}

/** Forgets the cached versions (call after the administrator edits or adds a version). */
export function clearPolicyVersionCache(): void {
  generation++;
}

async function readPolicyVersions(db: Db): Promise<CityPolicy[]> {
  // Drafts are proposals: they never decide a claim, whatever their dates say.
  const rows = await db.policyVersion.findMany({ where: { status: "PUBLISHED" }, orderBy: { effectiveFrom: "asc" } });
  return rows.map((row) => ({ cityId: row.cityId, policy: policyVersionFromRow(row) }));
}

/**
 * The published policy versions of one city: the ones its bureau maintains and its claims are
 * decided under. Each city writes its own policy; one city's version never decides another's claim.
 */
export async function loadPolicyVersions(db: Db, cityId: string): Promise<EligibilityPolicy[]> {
  return (await loadAllPolicyVersions(db)).filter((v) => v.cityId === cityId).map((v) => v.policy);
}

async function loadAllPolicyVersions(db: Db): Promise<CityPolicy[]> {
  const key = cacheKey(db);
  const hit = cache.get(key);
  if (hit && hit.generation === generation && Date.now() - hit.at < CACHE_TTL_MS) return hit.versions;
  const entry = { at: Date.now(), generation, versions: readPolicyVersions(db) };
  cache.set(key, entry);
  try {
    const versions = await entry.versions;
    if (versions.length === 0 && cache.get(key) === entry) cache.delete(key);
    return versions;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}

export async function policyForClaimYear(db: Db, cityId: string, claimYear: number): Promise<EligibilityPolicy> {
  return policyInForceForClaimYear(claimYear, await loadPolicyVersions(db, cityId));
}

export async function policyForDate(db: Db, cityId: string, isoDate: string): Promise<EligibilityPolicy> {
  return policyInForceOn(isoDate, await loadPolicyVersions(db, cityId));
}

/** A published version by id (the one a claim or line recorded), whichever city's it is. */
export async function policyById(db: Db, id: string): Promise<EligibilityPolicy | null> {
  const cached = (await loadAllPolicyVersions(db)).find((v) => v.policy.id === id);
  if (cached) return cached.policy;
  const row = await db.policyVersion.findUnique({ where: { id, status: "PUBLISHED" } });
  return row ? policyVersionFromRow(row) : null;
}
