// NOT app code: the rows query of lib/review/list-review-queue.ts with fixes Q1–Q3 of
// bench/README.md applied, for the default sort (submitted-desc) without the "flagged only"
// filter, so bench/lib/try-indexes.ts can time it before the lead changes the real one.
//   Q1 the duplicate flag is computed for the page's rows only (after the LIMIT);
//   Q2 the status is compared as the enum, not as text;
//   Q3 each branch is sorted and limited on its own (offset + page size rows), then merged.
import { Prisma } from "../../lib/generated/prisma/client";
import { REVIEWABLE_STATUSES, type QueueFilter } from "../../lib/review/list-review-queue";

const LIVE_EXCLUDED = Prisma.sql`('DRAFT', 'WITHDRAWN', 'REJECTED')`;

function flagExpr(alias: Prisma.Sql, fourEyesFen: number): Prisma.Sql {
  return Prisma.sql`(${alias}."flaggedBase" OR ${alias}."amountFen" >= ${fourEyesFen} OR CASE ${alias}."kind"
    WHEN 'OFFSHORE' THEN EXISTS (SELECT 1 FROM "OffshoreContractLine" l JOIN "OffshoreContractLine" l2 ON l2."contractRegNo" = l."contractRegNo" AND l2."claimId" <> l."claimId"
                                 JOIN "OffshoreClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE_EXCLUDED} WHERE l."claimId" = ${alias}."id")
    ELSE EXISTS (SELECT 1 FROM "TrainingClaimLine" l JOIN "TrainingClaimLine" l2 ON l2."personId" = l."personId" AND l2."claimId" <> l."claimId"
                 JOIN "TrainingClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE_EXCLUDED} WHERE l."claimId" = ${alias}."id") END)`;
}

export function proposedQueueRowsSql(filter: QueueFilter, viewerId: string, fourEyesFen: number, pageSize = 50): Prisma.Sql {
  const offset = (filter.page - 1) * pageSize;
  const where = (alias: Prisma.Sql) => {
    const parts: Prisma.Sql[] = [Prisma.sql`${alias}."status" = ANY(${filter.status ? [filter.status] : REVIEWABLE_STATUSES}::"ClaimStatus"[])`];
    if (filter.year) parts.push(Prisma.sql`${alias}."claimYear" = ${filter.year}`);
    if (filter.district) parts.push(Prisma.sql`o."district" = ${filter.district}`);
    if (filter.assigned === "me") parts.push(Prisma.sql`${alias}."assignedReviewerId" = ${viewerId}::uuid`);
    return Prisma.join(parts, " AND ");
  };
  const c = Prisma.sql`c`;
  return Prisma.sql`
    SELECT p."kind", p."id", p."claimNo", p."claimYear", p."status"::text AS "status", p."submittedAt", p."assignedReviewerId", p."version",
           p."organisationName", p."district", p."amountFen", ${flagExpr(Prisma.sql`p`, fourEyesFen)} AS "flagged"
    FROM (
      SELECT * FROM (
        (SELECT 'OFFSHORE' AS "kind", c."id", c."claimNo", c."claimYear", c."status", c."submittedAt", c."assignedReviewerId", c."version",
                o."nameZh" AS "organisationName", o."district", COALESCE(c."grantedFen", c."entitlementFen", 0)::bigint AS "amountFen", c."flagged" AS "flaggedBase"
           FROM "OffshoreClaim" c JOIN "Organisation" o ON o."id" = c."organisationId"
          WHERE ${where(c)} ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT ${offset + pageSize})
        UNION ALL
        (SELECT 'TRAINING', c."id", c."claimNo", c."claimYear", c."status", c."submittedAt", c."assignedReviewerId", c."version",
                o."nameZh", o."district", (c."traineeTotalFen" + c."institutionTotalFen")::bigint, c."flagged"
           FROM "TrainingClaim" c JOIN "Organisation" o ON o."id" = c."institutionId"
          WHERE ${where(c)} ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT ${offset + pageSize})
      ) u ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${pageSize} OFFSET ${offset}
    ) p
    ORDER BY p."submittedAt" DESC, p."id" DESC`;
}
