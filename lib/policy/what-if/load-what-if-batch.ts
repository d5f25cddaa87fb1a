import { Prisma } from "@/lib/generated/prisma/client";
import type { StudentStatus } from "@/lib/generated/prisma/enums";
import { isGranted, OPEN_STATUSES, statusArrayLiteral, type ClaimKindName, type ClaimStatus } from "@/lib/claim-lifecycle";
import { minorUnitsToNumber, policyInForceForClaimYear, type EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import type { OffshoreWhatIfFacts } from "./offshore-claim-what-if";
import type { TrainingWhatIfFacts } from "./training-claim-what-if";

// The what-if's reads: plain SELECTs (no FOR UPDATE, no transaction): the chosen claims' ids,
// then a batch of ids at a time, the claims with their lines and ledger figures in one statement
// each. Nothing here writes.

const OPEN = Prisma.sql`${statusArrayLiteral(OPEN_STATUSES)}::"ClaimStatus"[]`;

/** The claims a what-if compares: every open claim, and with a year every claim of that claim year. */
function chosen(cityId: string, claimYear: number | null): Prisma.Sql {
  const which = claimYear === null ? Prisma.sql`c."status" = ANY(${OPEN})` : Prisma.sql`(c."status" = ANY(${OPEN}) OR c."claimYear" = ${claimYear})`;
  return Prisma.sql`c."cityId" = ${cityId} AND ${which}`;
}

const fen = (v: bigint | number | null | undefined, field: string) => minorUnitsToNumber(v ?? 0, field);
const districtOf = (district: string | null) => (district === null || district.trim() === "" ? null : district);

/**
 * The ids of the claims a what-if compares, in id order: one index read per kind, and the run's
 * exact total. Only the ids are held (about 40 bytes a claim); the claims themselves are read a
 * batch of ids at a time.
 */
export async function loadWhatIfClaimIds(db: Db, cityId: string, claimYear: number | null): Promise<Record<ClaimKindName, string[]>> {
  const [offshore, training] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`SELECT c."id" FROM "OffshoreClaim" c WHERE ${chosen(cityId, claimYear)} ORDER BY c."id"`,
    db.$queryRaw<Array<{ id: string }>>`SELECT c."id" FROM "TrainingClaim" c WHERE ${chosen(cityId, claimYear)} ORDER BY c."id"`,
  ]);
  return { OFFSHORE: offshore.map((r) => r.id), TRAINING: training.map((r) => r.id) };
}

/** Resolves the version a decision would use for a stored id, as the review adapters do. */
export interface PolicyLookup {
  byId(id: string): EligibilityPolicy | undefined;
  forClaimYear(claimYear: number): EligibilityPolicy;
}

export function policyLookup(versions: readonly EligibilityPolicy[]): PolicyLookup {
  const byId = new Map(versions.map((v) => [v.id, v]));
  return { byId: (id) => byId.get(id), forClaimYear: (year) => policyInForceForClaimYear(year, versions) };
}

interface OffshoreRow {
  id: string;
  claimNo: string;
  organisationId: string;
  nameZh: string;
  district: string | null;
  claimYear: number;
  status: ClaimStatus;
  policyVersionId: string | null;
  usdCents: bigint | null;
}

/** A batch of rule-A claims by id, with the ledger figures their cap needs. */
export async function loadOffshoreBatch(db: Db, ids: string[], policies: PolicyLookup): Promise<OffshoreWhatIfFacts[]> {
  if (ids.length === 0) return [];
  const claims = await db.$queryRaw<OffshoreRow[]>`
    SELECT c."id", c."claimNo", c."organisationId", o."nameZh", o."district", c."claimYear", c."status"::text AS "status", c."policyVersionId",
           (SELECT SUM(l."executedUsdCents") FROM "OffshoreContractLine" l WHERE l."claimId" = c."id")::bigint AS "usdCents"
    FROM "OffshoreClaim" c JOIN "Organisation" o ON o."id" = c."organisationId"
    WHERE c."id" = ANY(${ids}::uuid[])
    ORDER BY c."id"`;
  const orgs = [...new Set(claims.map((c) => c.organisationId))];
  const years = [...new Set(claims.map((c) => c.claimYear))];
  // Only a granted claim has ledger entries of its own (an open one is not granted yet).
  const granted = claims.filter((c) => isGranted(c.status)).map((c) => c.id);
  // offshoreGrantedFenForYear's figure without a query per claim: the enterprise-year's rule-A
  // ledger (entries without a claim included) minus the claim's own entries.
  const [yearTotals, own] = await Promise.all([
    db.$queryRaw<Array<{ organisationId: string; claimYear: number; fen: bigint }>>`
      SELECT "organisationId", "claimYear", SUM("amountFen")::bigint AS "fen" FROM "LedgerEntry"
      WHERE "rule" = 'A_OFFSHORE' AND "organisationId" = ANY(${orgs}::uuid[]) AND "claimYear" = ANY(${years}::int[])
      GROUP BY "organisationId", "claimYear"`,
    granted.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<Array<{ claimId: string; fen: bigint }>>`
          SELECT "offshoreClaimId" AS "claimId", SUM("amountFen")::bigint AS "fen" FROM "LedgerEntry"
          WHERE "rule" = 'A_OFFSHORE' AND "offshoreClaimId" = ANY(${granted}::uuid[]) GROUP BY "offshoreClaimId"`,
  ]);
  const yearFen = new Map(yearTotals.map((r) => [`${r.organisationId}:${r.claimYear}`, fen(r.fen, "ledger")]));
  const ownFen = new Map(own.map((r) => [r.claimId, fen(r.fen, "ledger")]));
  return claims.map((c) => {
    const grantedOwnFen = ownFen.get(c.id) ?? 0;
    return {
      claimId: c.id,
      claimNumber: c.claimNo,
      organisationId: c.organisationId,
      organisationName: c.nameZh,
      district: districtOf(c.district),
      claimYear: c.claimYear,
      status: c.status,
      offshoreUsdCents: fen(c.usdCents, "offshoreUsdCents"),
      grantedOtherFen: (yearFen.get(`${c.organisationId}:${c.claimYear}`) ?? 0) - grantedOwnFen,
      grantedOwnFen,
      // The claim's own version (the one in force when submitted), else the claim year's: as offshoreClaimKind.evaluate.
      claimPolicy: (c.policyVersionId ? policies.byId(c.policyVersionId) : undefined) ?? policies.forClaimYear(c.claimYear),
    };
  });
}

interface TrainingRow {
  id: string;
  claimNo: string;
  institutionId: string;
  nameZh: string;
  district: string | null;
  claimYear: number;
  status: ClaimStatus;
}

interface LineRow {
  id: string;
  claimId: string;
  personId: string;
  policyVersionId: string;
  studentStatus: StudentStatus;
  trainingStart: Date;
  trainingEnd: Date;
  examPassed: boolean;
  certificateNo: string | null;
  signedOn: Date;
  contractStart: Date;
  contractEnd: Date;
  employerIsServiceOutsourcing: boolean;
  employerInNanchang: boolean;
  subsidisedElsewhere: boolean;
}

/** A batch of rule-B claims by id, each with its lines' stored facts and whether each person was paid by another claim. */
export async function loadTrainingBatch(db: Db, ids: string[], policies: PolicyLookup): Promise<TrainingWhatIfFacts[]> {
  if (ids.length === 0) return [];
  const claims = await db.$queryRaw<TrainingRow[]>`
    SELECT c."id", c."claimNo", c."institutionId", o."nameZh", o."district", c."claimYear", c."status"::text AS "status"
    FROM "TrainingClaim" c JOIN "Organisation" o ON o."id" = c."institutionId"
    WHERE c."id" = ANY(${ids}::uuid[])
    ORDER BY c."id"`;
  // "Already subsidised" as evaluate-training-claim-lines.ts reads it: a trainee grant of the
  // person exists in the claim's city (its key is permanent); here only one of another claim, since
  // a granted claim's own grant is not an earlier one. Another city's grant does not count (issue 22).
  const lines = await db.$queryRaw<LineRow[]>`
    SELECT l."id", l."claimId", l."personId", l."policyVersionId", t."studentStatus"::text AS "studentStatus",
           r."startDate" AS "trainingStart", r."endDate" AS "trainingEnd", r."examPassed", cert."certificateNo",
           k."signedOn", k."startDate" AS "contractStart", k."endDate" AS "contractEnd", k."employerIsServiceOutsourcing", k."employerInNanchang",
           EXISTS (SELECT 1 FROM "LedgerEntry" g JOIN "TrainingClaim" gc ON gc."id" = g."trainingClaimId"
                   WHERE g."personId" = l."personId" AND g."rule" = 'B_TRAINEE' AND g."grantKey" IS NOT NULL
                   AND gc."cityId" = lc."cityId" AND g."trainingClaimId" IS DISTINCT FROM l."claimId") AS "subsidisedElsewhere"
    FROM "TrainingClaimLine" l
    JOIN "TrainingClaim" lc ON lc."id" = l."claimId"
    JOIN "Trainee" t ON t."id" = l."traineeId"
    JOIN "TrainingRecord" r ON r."id" = l."trainingRecordId"
    LEFT JOIN "Certificate" cert ON cert."trainingRecordId" = r."id"
    JOIN "EmploymentContract" k ON k."id" = l."contractId"
    WHERE l."claimId" = ANY(${ids}::uuid[])`;
  // Only a granted claim has ledger entries of its own.
  const granted = claims.filter((c) => isGranted(c.status)).map((c) => c.id);
  const own =
    granted.length === 0
      ? []
      : await db.$queryRaw<Array<{ claimId: string; lineId: string | null; rule: string; fen: bigint }>>`
          SELECT "trainingClaimId" AS "claimId", "trainingLineId" AS "lineId", "rule"::text AS "rule", SUM("amountFen")::bigint AS "fen"
          FROM "LedgerEntry" WHERE "trainingClaimId" = ANY(${granted}::uuid[]) GROUP BY "trainingClaimId", "trainingLineId", "rule"`;
  const claimFen = new Map<string, number>();
  const lineTraineeFen = new Map<string, number>();
  for (const o of own) {
    const amount = fen(o.fen, "ledger");
    claimFen.set(o.claimId, (claimFen.get(o.claimId) ?? 0) + amount);
    if (o.lineId && o.rule === "B_TRAINEE") lineTraineeFen.set(o.lineId, (lineTraineeFen.get(o.lineId) ?? 0) + amount);
  }
  const linesOf = new Map<string, TrainingWhatIfFacts["lines"]>();
  for (const l of lines) {
    const linePolicy = policies.byId(l.policyVersionId);
    if (!linePolicy) throw new Error(`what-if: training line ${l.id} names policy version ${l.policyVersionId}, which is not stored`);
    const list = linesOf.get(l.claimId) ?? [];
    list.push({
      lineId: l.id,
      personId: l.personId,
      studentStatus: l.studentStatus,
      record: { startDate: l.trainingStart, endDate: l.trainingEnd, examPassed: l.examPassed, certificate: l.certificateNo === null ? null : { certificateNo: l.certificateNo } },
      contract: { signedOn: l.signedOn, startDate: l.contractStart, endDate: l.contractEnd, employerIsServiceOutsourcing: l.employerIsServiceOutsourcing, employerInNanchang: l.employerInNanchang },
      linePolicy,
      subsidisedElsewhere: l.subsidisedElsewhere,
      grantedTraineeFen: lineTraineeFen.get(l.id) ?? 0,
    });
    linesOf.set(l.claimId, list);
  }
  return claims.map((c) => ({
    claimId: c.id,
    claimNumber: c.claimNo,
    organisationId: c.institutionId,
    organisationName: c.nameZh,
    district: districtOf(c.district),
    claimYear: c.claimYear,
    status: c.status,
    lines: linesOf.get(c.id) ?? [],
    grantedOwnFen: claimFen.get(c.id) ?? 0,
  }));
}

/**
 * The city's YearBudget and its ledger's granted total (net of reversals, as the dashboard reads
 * it) of the years a run met. A ledger entry's city is its claim's, or for a grant without a claim
 * (one carried over from before the portal) its payee organisation's.
 */
export async function loadYearMoney(db: Db, cityId: string, years: number[]) {
  if (years.length === 0) return [];
  const [budgets, granted] = await Promise.all([
    db.yearBudget.findMany({ where: { cityId, year: { in: years } } }),
    db.$queryRaw<Array<{ claimYear: number; fen: bigint }>>`
      SELECT e."claimYear", SUM(e."amountFen")::bigint AS "fen"
      FROM "LedgerEntry" e
      LEFT JOIN "OffshoreClaim" oc ON oc."id" = e."offshoreClaimId"
      LEFT JOIN "TrainingClaim" tc ON tc."id" = e."trainingClaimId"
      LEFT JOIN "Organisation" o ON o."id" = e."organisationId"
      WHERE e."claimYear" = ANY(${years}::int[]) AND COALESCE(oc."cityId", tc."cityId", o."cityId") = ${cityId}
      GROUP BY e."claimYear"`,
  ]);
  return years.map((claimYear) => ({
    claimYear,
    budgetFen: budgets.find((b) => b.year === claimYear)?.budgetFen ?? null,
    grantedFen: granted.find((g) => g.claimYear === claimYear)?.fen ?? 0n,
  }));
}
