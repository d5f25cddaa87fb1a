import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { APPLICANT_ONLY_STATUSES, statusArrayLiteral } from "@/lib/claim-lifecycle";
import { todayInChina } from "@/lib/eligibility";
import { businessGrowth } from "./business-growth";

const num = (v: bigint | number | null | undefined) => Number(v ?? 0);
// Left out of every figure: claims that were never (or are no longer) before the bureau. Compared
// as the enum (an array literal: PGlite's adapter sends JS arrays only for built-in types), not as text, so the planner can use the (claimYear, status) indexes.
const LIVE = Prisma.sql`${statusArrayLiteral(APPLICANT_ONLY_STATUSES)}::"ClaimStatus"[]`;


/**
 * The bureau's figures for one claim year: claims and amounts by status, kind, district and
 * service category; offshore vs onshore business and growth against the previous year (target
 * 20 %); granted and paid vs the year's budget. Amounts in fen; USD in cents (as strings where
 * they may pass 2^53).
 */
export async function getDashboard(prisma: PrismaClient, year: number, cityId: string, now: Date = new Date()) {
  const today = todayInChina(now.getTime());
  // Only a year still running is compared month by month (lib/dashboard/business-growth.ts).
  const running = year >= Number(today.slice(0, 4));
  // Independent queries: sent together (the pool runs them in parallel on PostgreSQL).
  const [byStatusKind, byDistrict, byCategory, business, money, budget, byMonth] = await Promise.all([
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
    prisma.yearBudget.findUnique({ where: { cityId_year: { cityId, year } } }),
    running ? offshoreByReceiptMonth(prisma, year) : Promise.resolve<ReceiptMonthRow[]>([]),
  ]);

  const cur = business.find((b) => b.claimYear === year);
  const prev = business.find((b) => b.claimYear === year - 1);
  const total = (b?: { offshore: bigint | null; onshore: bigint | null }) => BigInt(b?.offshore ?? 0n) + BigInt(b?.onshore ?? 0n);
  const months = (claimYear: number) => Array.from({ length: 12 }, (_, i) => BigInt(byMonth.find((m) => m.claimYear === claimYear && m.month === i + 1)?.usdCents ?? 0n));
  const growth = businessGrowth(year, today, { totalUsdCents: total(cur), offshoreByMonthUsdCents: months(year) }, { totalUsdCents: total(prev), offshoreByMonthUsdCents: months(year - 1) });
  return {
    year,
    /** Whose figures these are (district codes are named from this city's list). */
    cityId,
    byStatusKind: byStatusKind.map((r) => ({ kind: r.kind, status: r.status, count: num(r.n), amountFen: num(r.amount) })),
    byDistrict: byDistrict.map((r) => ({ district: r.district, count: num(r.n), amountFen: num(r.amount) })),
    byCategory: byCategory.map((r) => ({ category: r.category, count: num(r.n), usdCents: num(r.usdCents) })),
    business: {
      offshoreUsdCents: num(cur?.offshore),
      onshoreUsdCents: num(cur?.onshore),
      previousTotalUsdCents: num(total(prev)),
      totalUsdCents: num(total(cur)),
      growthBasisPoints: growth.basis === "notComplete" ? null : growth.basisPoints,
      /** What the growth compares: whole years, the completed months of a running year (offshore only), or nothing yet. */
      growthBasis: growth.basis,
      growthMonths: growth.basis === "sameMonths" ? growth.months : null,
      targetBasisPoints: 2000,
    },
    grantedFen: num(money[0]?.granted),
    paidFen: num(money[0]?.paid),
    budgetFen: budget ? num(budget.budgetFen) : null,
  };
}
export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

interface ReceiptMonthRow {
  claimYear: number;
  month: number;
  usdCents: bigint;
}

/**
 * A year's and the previous year's offshore business by month of the foreign-exchange receipt.
 * A receipt dated before its claim year counts in January, one after it in no month (13).
 */
function offshoreByReceiptMonth(prisma: PrismaClient, year: number) {
  return prisma.$queryRaw<ReceiptMonthRow[]>`
    SELECT q."claimYear", q."month", SUM(q."usdCents")::bigint AS "usdCents" FROM (
      SELECT c."claimYear",
             CASE WHEN EXTRACT(YEAR FROM l."fxReceiptDate")::int < c."claimYear" THEN 1
                  WHEN EXTRACT(YEAR FROM l."fxReceiptDate")::int > c."claimYear" THEN 13
                  ELSE EXTRACT(MONTH FROM l."fxReceiptDate")::int END AS "month",
             l."executedUsdCents" AS "usdCents"
      FROM "OffshoreContractLine" l JOIN "OffshoreClaim" c ON c."id" = l."claimId"
      WHERE c."claimYear" IN (${year}, ${year - 1}) AND c."status" <> ALL(${LIVE})
    ) q GROUP BY q."claimYear", q."month"`;
}
