import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { APPLICANT_ONLY_STATUSES, statusArrayLiteral } from "@/lib/claim-lifecycle";
import { todayInChina } from "@/lib/eligibility";

/**
 * The year the province's page shows: the one asked for when it is a plausible claim year, else
 * the newest claim year any city has a claim of before its bureau (as each city's dashboard
 * opens), else the current year in China.
 */
export async function cityTotalsYear(prisma: PrismaClient, requested: string | undefined, now: Date = new Date()): Promise<number> {
  const year = Number(requested);
  if (Number.isInteger(year) && year >= 2013 && year <= 2100) return year;
  const beforeBureau = { status: { notIn: APPLICANT_ONLY_STATUSES } };
  const [offshore, training] = await Promise.all([
    prisma.offshoreClaim.findFirst({ where: beforeBureau, orderBy: { claimYear: "desc" }, select: { claimYear: true } }),
    prisma.trainingClaim.findFirst({ where: beforeBureau, orderBy: { claimYear: "desc" }, select: { claimYear: true } }),
  ]);
  const latest = Math.max(offshore?.claimYear ?? 0, training?.claimYear ?? 0);
  return latest > 0 ? latest : Number(todayInChina(now.getTime()).slice(0, 4));
}

/** One city's figures for a claim year, as the province sees them: counts and sums, nothing about anyone. */
export interface CityTotals {
  cityId: string;
  nameZh: string;
  nameEn: string;
  bureauNameZh: string;
  bureauNameEn: string;
  divisionPrefixes: string[];
  /** Organisations the bureau has vetted (active), of both kinds. */
  activeOrganisations: number;
  /** Claims of the year before the bureau (submitted, in review, decided), of both rules. */
  claims: number;
  /** Granted (the ledger, reversals netted) and paid, in fen; the year's budget, in fen, or null when none is set. */
  grantedFen: bigint;
  paidFen: bigint;
  budgetFen: bigint | null;
}

const BEFORE_BUREAU = Prisma.sql`${statusArrayLiteral(APPLICANT_ONLY_STATUSES)}::"ClaimStatus"[]`;

/**
 * Every city's totals for `year`, for the province administrator (issue 22): one row per city,
 * aggregates only. Read outside any city transaction on purpose: the province sees all cities,
 * and only these sums of them.
 */
export async function listCityTotals(prisma: PrismaClient, year: number): Promise<CityTotals[]> {
  const rows = await prisma.$queryRaw<
    Array<Omit<CityTotals, "activeOrganisations" | "claims" | "grantedFen" | "paidFen"> & { activeOrganisations: bigint; claims: bigint; grantedFen: bigint | null; paidFen: bigint | null }>
  >`
    SELECT c."id" AS "cityId", c."nameZh", c."nameEn", c."bureauNameZh", c."bureauNameEn", c."divisionPrefixes",
      (SELECT COUNT(*) FROM "Organisation" o WHERE o."cityId" = c."id" AND o."status" = 'ACTIVE') AS "activeOrganisations",
      (SELECT COUNT(*) FROM "OffshoreClaim" x WHERE x."cityId" = c."id" AND x."claimYear" = ${year} AND x."status" <> ALL(${BEFORE_BUREAU}))
        + (SELECT COUNT(*) FROM "TrainingClaim" x WHERE x."cityId" = c."id" AND x."claimYear" = ${year} AND x."status" <> ALL(${BEFORE_BUREAU})) AS "claims",
      (SELECT SUM(e."amountFen") FROM "LedgerEntry" e
        LEFT JOIN "OffshoreClaim" oc ON oc."id" = e."offshoreClaimId" LEFT JOIN "TrainingClaim" tc ON tc."id" = e."trainingClaimId"
        WHERE e."claimYear" = ${year} AND COALESCE(oc."cityId", tc."cityId") = c."id")::bigint AS "grantedFen",
      (SELECT SUM(e."amountFen") FROM "PaymentItem" p JOIN "LedgerEntry" e ON e."id" = p."ledgerEntryId"
        LEFT JOIN "OffshoreClaim" oc ON oc."id" = e."offshoreClaimId" LEFT JOIN "TrainingClaim" tc ON tc."id" = e."trainingClaimId"
        WHERE p."status" = 'PAID' AND e."claimYear" = ${year} AND COALESCE(oc."cityId", tc."cityId") = c."id")::bigint AS "paidFen",
      (SELECT b."budgetFen" FROM "YearBudget" b WHERE b."cityId" = c."id" AND b."year" = ${year}) AS "budgetFen"
    FROM "City" c
    ORDER BY c."createdAt", c."id"`;
  return rows.map((row) => ({
    ...row,
    activeOrganisations: Number(row.activeOrganisations),
    claims: Number(row.claims),
    grantedFen: BigInt(row.grantedFen ?? 0n),
    paidFen: BigInt(row.paidFen ?? 0n),
    budgetFen: row.budgetFen === null ? null : BigInt(row.budgetFen),
  }));
}
