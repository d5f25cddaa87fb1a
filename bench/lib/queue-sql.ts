// The review queue's first page written by hand (the floor the app is compared with), and a way
// to capture the exact SQL lib/review/list-review-queue.ts sends, for EXPLAIN ANALYZE.
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { REVIEWABLE_STATUSES, UNLOCKED_STATUSES } from "../../lib/claim-lifecycle";
import { listReviewQueue, type QueueFilter } from "../../lib/review/list-review-queue";

export interface Scenario {
  name: string;
  /** Query string of /review. */
  query: string;
  status?: string;
  year?: number;
  district?: string;
  page: number;
}

const PAGE = 50;
const LIVE = `(${UNLOCKED_STATUSES.map((s) => `'${s}'`).join(",")})`;

/**
 * Same rows, same order, same per-status counts as listReviewQueue for the filters the scenarios
 * use (status, year, district, page; sort submitted-desc), written the way one would by hand:
 * each table's top (offset + 50) rows from a status/year filter on the enum column, merged, then
 * the organisation, the reviewer's name and the duplicate-contract/person flag for the 50 page rows
 * only; the counts are a plain GROUP BY. Like the app, it reads the viewer's city only: with
 * several cities in the tables, the floor is the same query, city condition included. The sort
 * is plain DESC, as the app's: reviewable claims always have a submission date, and DESC NULLS
 * LAST (this file's spelling until issue 22) kept the floor off the (submittedAt DESC, id DESC)
 * indexes, so the "floor" was slower than the app's own rows query.
 */
export function handQueueSql(s: Scenario, viewerId: string, cityId: string = BUILT_IN_CITY_ID): { rows: { text: string; values: unknown[] }; counts: { text: string; values: unknown[] } } {
  void viewerId;
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const city = p(cityId);
  const statuses = p(s.status ? [s.status] : REVIEWABLE_STATUSES);
  const filters = (alias: string, orgCol: string) =>
    [
      `${alias}."cityId" = ${city}`,
      `${alias}."status" = ANY(${statuses}::"ClaimStatus"[])`,
      s.year ? `${alias}."claimYear" = ${p(s.year)}` : "",
      s.district ? `EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = ${alias}."${orgCol}" AND o."district" = ${p(s.district)})` : "",
    ]
      .filter(Boolean)
      .join(" AND ");
  const limit = p((s.page - 1) * PAGE + PAGE);
  const offset = p((s.page - 1) * PAGE);
  const rowsText = `
    WITH page AS (
      SELECT * FROM (
        (SELECT 'OFFSHORE' AS kind, c."id", c."claimNo", c."claimYear", c."status", c."submittedAt", c."assignedReviewerId", c."version",
                c."organisationId", COALESCE(c."grantedFen", c."entitlementFen", 0)::bigint AS "amountFen", c."flagged"
           FROM "OffshoreClaim" c WHERE ${filters("c", "organisationId")}
           ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT ${limit})
        UNION ALL
        (SELECT 'TRAINING', c."id", c."claimNo", c."claimYear", c."status", c."submittedAt", c."assignedReviewerId", c."version",
                c."institutionId", (c."traineeTotalFen" + c."institutionTotalFen")::bigint, c."flagged"
           FROM "TrainingClaim" c WHERE ${filters("c", "institutionId")}
           ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT ${limit})
      ) u ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${PAGE} OFFSET ${offset}
    ), threshold AS (SELECT "fourEyesThresholdFen" AS fen FROM "PolicyVersion" WHERE "cityId" = ${city} AND "status" = 'PUBLISHED' ORDER BY "effectiveFrom" DESC LIMIT 1)
    SELECT p."kind", p."id", p."claimNo", p."claimYear", p."status"::text AS "status", p."submittedAt", p."assignedReviewerId", p."version",
           o."nameZh" AS "organisationName", o."district", p."amountFen", r."name" AS "assignedReviewerName",
           (p."flagged" OR p."amountFen" >= (SELECT fen FROM threshold) OR CASE p."kind"
              WHEN 'OFFSHORE' THEN EXISTS (SELECT 1 FROM "OffshoreContractLine" l JOIN "OffshoreContractLine" l2 ON l2."contractRegNo" = l."contractRegNo" AND l2."claimId" <> l."claimId"
                                   JOIN "OffshoreClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE} WHERE l."claimId" = p."id")
              ELSE EXISTS (SELECT 1 FROM "TrainingClaimLine" l JOIN "TrainingClaimLine" l2 ON l2."personId" = l."personId" AND l2."claimId" <> l."claimId"
                           JOIN "TrainingClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE} WHERE l."claimId" = p."id") END) AS "flagged"
      FROM page p JOIN "Organisation" o ON o."id" = p."organisationId" LEFT JOIN "User" r ON r."id" = p."assignedReviewerId"
     ORDER BY p."submittedAt" DESC, p."id" DESC`;
  const rowsValues = values.slice();

  values.length = 0;
  const countCity = p(cityId);
  const all = p(REVIEWABLE_STATUSES);
  const countFilters = (alias: string, orgCol: string) =>
    [
      `${alias}."cityId" = ${countCity}`,
      `${alias}."status" = ANY(${all}::"ClaimStatus"[])`,
      s.year ? `${alias}."claimYear" = ${p(s.year)}` : "",
      s.district ? `EXISTS (SELECT 1 FROM "Organisation" o WHERE o."id" = ${alias}."${orgCol}" AND o."district" = ${p(s.district)})` : "",
    ]
      .filter(Boolean)
      .join(" AND ");
  const countsText = `
    SELECT "status"::text AS "status", sum(n)::int AS n FROM (
      SELECT c."status", count(*) AS n FROM "OffshoreClaim" c WHERE ${countFilters("c", "organisationId")} GROUP BY 1
      UNION ALL
      SELECT c."status", count(*) FROM "TrainingClaim" c WHERE ${countFilters("c", "institutionId")} GROUP BY 1
    ) x GROUP BY 1`;
  return { rows: { text: rowsText, values: rowsValues }, counts: { text: countsText, values: values.slice() } };
}

export function filterOf(s: Scenario): QueueFilter {
  return {
    status: s.status as QueueFilter["status"],
    year: s.year,
    district: s.district,
    sort: "submitted-desc",
    page: s.page,
  } as QueueFilter;
}

/** The SQL statements listReviewQueue sends for a filter, captured with a stand-in client. */
export async function captureQueueSql(viewerId: string, filter: QueueFilter, fourEyesFen: number, cityId: string = BUILT_IN_CITY_ID): Promise<Array<{ text: string; values: unknown[] }>> {
  const captured: Prisma.Sql[] = [];
  const fake = {
    // Called as a tag (prisma.$queryRaw`…`) or with a built Prisma.sql query.
    $queryRaw: async (strings: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      captured.push(strings instanceof Prisma.Sql ? strings : Prisma.sql(strings, ...values));
      return [];
    },
    user: { findMany: async () => [] },
  } as unknown as PrismaClient;
  await listReviewQueue(fake, { id: viewerId, cityId }, filter, fourEyesFen);
  return captured.map((q) => ({ text: q.text, values: q.values.map((v) => (typeof v === "bigint" ? v.toString() : v)) }));
}
