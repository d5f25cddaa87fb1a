import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { APPLICANT_ONLY_STATUSES, statusArrayLiteral } from "@/lib/claim-lifecycle";

const num = (v: bigint | number | null | undefined) => Number(v ?? 0);
// Left out of every figure: claims that were never (or are no longer) before the bureau. Compared
// as the enum (an array literal: PGlite's adapter sends JS arrays only for built-in types), not as text, so the planner can use the (claimYear, status) indexes.
const LIVE = Prisma.sql`${statusArrayLiteral(APPLICANT_ONLY_STATUSES)}::"ClaimStatus"[]`;

/** Growth in basis points (2000 = 20 %), integer arithmetic; null without a previous year. */
export function growthBasisPoints(current: bigint, previous: bigint): number | null {
  if (previous <= 0n) return null;
  return Number(((current - previous) * 10_000n) / previous);
}

/**
 * The bureau's figures for one claim year: claims and amounts by status, kind, district and
 * service category; offshore vs onshore business and growth against the previous year (target
 * 20 %); granted and paid vs the year's budget. Amounts in fen; USD in cents (as strings where
 * they may pass 2^53).
 */
export async function getDashboard(prisma: PrismaClient, year: number) {
  // Independent queries: sent together (the pool runs them in parallel on PostgreSQL).
  const [byStatusKind, byDistrict, byCategory, business, money, budget] = await Promise.all([
    prisma.$queryRaw<Array<{ kind: string; status: string; n: bigint; amount: bigint }>>`
      SELECT 'OFFSHORE' AS "kind", "status"::text AS "status", COUNT(*) AS "n", SUM(COALESCE("grantedFen", "entitlementFen", 0))::bigint AS "amount"
      FROM "OffshoreClaim" WHERE "claimYear" = ${year} AND "status" <> ALL(${LIVE}) GROUP BY "status"
      UNION ALL
      SELECT 'TRAINING', "status"::text, COUNT(*), SUM(COALESCE("grantedFen", "traineeTotalFen" + "institutionTotalFen"))::bigint
      FROM "TrainingClaim" WHERE "claimYear" = ${year} AND "status" <> ALL(${LIVE}) GROUP BY "status"`,
    prisma.$queryRaw<Array<{ district: string; n: bigint; amount: bigint }>>`
      SELECT q."district", COUNT(*) AS "n", SUM(q."amount")::bigint AS "amount" FROM (
        SELECT o."district", COALESCE(c."grantedFen", c."entitlementFen", 0)::bigint AS "amount"
        FROM "OffshoreClaim" c JOIN "Organisation" o ON o."id" = c."organisationId"
        WHERE c."claimYear" = ${year} AND c."status" <> ALL(${LIVE})
        UNION ALL
        SELECT o."district", COALESCE(c."grantedFen", c."traineeTotalFen" + c."institutionTotalFen")::bigint
        FROM "TrainingClaim" c JOIN "Organisation" o ON o."id" = c."institutionId"
        WHERE c."claimYear" = ${year} AND c."status" <> ALL(${LIVE})
      ) q GROUP BY q."district" ORDER BY 3 DESC`,
    prisma.$queryRaw<Array<{ category: string; n: bigint; usdCents: bigint }>>`
      SELECT l."serviceCategory"::text AS "category", COUNT(*) AS "n", SUM(l."executedUsdCents")::bigint AS "usdCents"
      FROM "OffshoreContractLine" l JOIN "OffshoreClaim" c ON c."id" = l."claimId"
      WHERE c."claimYear" = ${year} AND c."status" <> ALL(${LIVE})
      GROUP BY l."serviceCategory" ORDER BY 3 DESC`,
    prisma.$queryRaw<Array<{ claimYear: number; offshore: bigint | null; onshore: bigint | null }>>`
      SELECT "claimYear", SUM("offshoreUsdCents")::bigint AS "offshore", SUM("onshoreUsdCents")::bigint AS "onshore"
      FROM "OffshoreClaim" WHERE "claimYear" IN (${year}, ${year - 1}) AND "status" <> ALL(${LIVE})
      GROUP BY "claimYear"`,
    prisma.$queryRaw<Array<{ granted: bigint | null; paid: bigint | null }>>`
      SELECT
        (SELECT SUM("amountFen") FROM "LedgerEntry" WHERE "claimYear" = ${year})::bigint AS "granted",
        (SELECT SUM(e."amountFen") FROM "PaymentItem" p JOIN "LedgerEntry" e ON e."id" = p."ledgerEntryId"
          WHERE p."status" = 'PAID' AND e."claimYear" = ${year})::bigint AS "paid"`,
    prisma.yearBudget.findUnique({ where: { year } }),
  ]);

  const cur = business.find((b) => b.claimYear === year);
  const prev = business.find((b) => b.claimYear === year - 1);
  const total = (b?: { offshore: bigint | null; onshore: bigint | null }) => BigInt(b?.offshore ?? 0n) + BigInt(b?.onshore ?? 0n);
  return {
    year,
    byStatusKind: byStatusKind.map((r) => ({ kind: r.kind, status: r.status, count: num(r.n), amountFen: num(r.amount) })),
    byDistrict: byDistrict.map((r) => ({ district: r.district, count: num(r.n), amountFen: num(r.amount) })),
    byCategory: byCategory.map((r) => ({ category: r.category, count: num(r.n), usdCents: num(r.usdCents) })),
    business: {
      offshoreUsdCents: num(cur?.offshore),
      onshoreUsdCents: num(cur?.onshore),
      previousTotalUsdCents: num(total(prev)),
      totalUsdCents: num(total(cur)),
      growthBasisPoints: growthBasisPoints(total(cur), total(prev)),
      targetBasisPoints: 2000,
    },
    grantedFen: num(money[0]?.granted),
    paidFen: num(money[0]?.paid),
    budgetFen: budget ? num(budget.budgetFen) : null,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
