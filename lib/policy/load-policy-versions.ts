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
const cache = new WeakMap<object, { at: number; generation: number; versions: Promise<EligibilityPolicy[]> }>();
let generation = 0;

function cacheKey(db: Db): object {
  const engine = (db as unknown as { _engine?: unknown })._engine;
  return typeof engine === "object" && engine !== null ? engine : db;
}

/** Forgets the cached versions (call after the administrator edits or adds a version). */
export function clearPolicyVersionCache(): void {
  generation++;
}

async function readPolicyVersions(db: Db): Promise<EligibilityPolicy[]> {
  // Drafts are proposals: they never decide a claim, whatever their dates say.
  const rows = await db.policyVersion.findMany({ where: { status: "PUBLISHED" }, orderBy: { effectiveFrom: "asc" } });
  return rows.map(policyVersionFromRow);
}

/** The policy versions stored in the database: the ones the bureau maintains and claims refer to. */
export async function loadPolicyVersions(db: Db): Promise<EligibilityPolicy[]> {
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

export async function policyForClaimYear(db: Db, claimYear: number): Promise<EligibilityPolicy> {
  return policyInForceForClaimYear(claimYear, await loadPolicyVersions(db));
}

export async function policyForDate(db: Db, isoDate: string): Promise<EligibilityPolicy> {
  return policyInForceOn(isoDate, await loadPolicyVersions(db));
}

export async function policyById(db: Db, id: string): Promise<EligibilityPolicy | null> {
  const cached = (await loadPolicyVersions(db)).find((v) => v.id === id);
  if (cached) return cached;
  const row = await db.policyVersion.findUnique({ where: { id, status: "PUBLISHED" } });
  return row ? policyVersionFromRow(row) : null;
}
