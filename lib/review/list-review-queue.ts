import { Prisma, type ClaimStatus, type PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "zod";

/** Statuses a reviewer works on; drafts and withdrawn claims are the applicant's business. */
export const REVIEWABLE_STATUSES: ClaimStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "AWAITING_SECOND_APPROVAL",
  "APPROVED",
  "IN_NOTICE",
  "PAYABLE",
  "PAID",
  "REJECTED",
];

export const QUEUE_SORTS = ["submitted-desc", "submitted-asc", "amount-desc", "amount-asc", "claimNo"] as const;
export const QUEUE_PAGE_SIZE = 50;

const optionalText = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined));
const optionalInt = z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), z.coerce.number().int().min(0).max(10_000_000_000).optional());

/** The queue's filters as they arrive in the URL's search params; anything malformed is dropped, never trusted. */
export const queueFilterSchema = z.object({
  kind: z.enum(["OFFSHORE", "TRAINING"]).optional().catch(undefined),
  status: z.enum(REVIEWABLE_STATUSES as [ClaimStatus, ...ClaimStatus[]]).optional().catch(undefined),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(2013).max(2100).optional()).catch(undefined),
  organisation: optionalText.catch(undefined),
  district: optionalText.catch(undefined),
  /** Amounts in yuan (whole), compared with the claim's amount in fen. */
  minYuan: optionalInt.catch(undefined),
  maxYuan: optionalInt.catch(undefined),
  /** A reviewer id, or "me" / "none". */
  assigned: optionalText.catch(undefined),
  flagged: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).default("submitted-desc").catch("submitted-desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export interface QueueRow {
  kind: "OFFSHORE" | "TRAINING";
  id: string;
  claimNo: string;
  claimYear: number;
  status: ClaimStatus;
  organisationName: string;
  district: string;
  submittedAt: Date | null;
  amountFen: number;
  assignedReviewerId: string | null;
  assignedReviewerName: string | null;
  flagged: boolean;
  version: number;
}

// The amount a claim stands for: granted once decided, else the entitlement computed at submission.
// "Flagged" in SQL: flagged by hand, at or above the four-eyes threshold, or sharing a contract
// number / person with another live claim (both are indexed look-ups).
function branches(filter: QueueFilter, viewerId: string, fourEyesFen: number) {
  const common = (alias: Prisma.Sql, kind: "OFFSHORE" | "TRAINING") => {
    const parts: Prisma.Sql[] = [Prisma.sql`${alias}."status"::text = ANY(${filter.status ? [filter.status] : REVIEWABLE_STATUSES})`];
    if (filter.year) parts.push(Prisma.sql`${alias}."claimYear" = ${filter.year}`);
    if (filter.organisation) parts.push(Prisma.sql`o."nameZh" ILIKE ${"%" + filter.organisation.replace(/[\\%_]/g, (m) => "\\" + m) + "%"}`);
    if (filter.district) parts.push(Prisma.sql`o."district" = ${filter.district}`);
    if (filter.assigned === "me") parts.push(Prisma.sql`${alias}."assignedReviewerId" = ${viewerId}::uuid`);
    else if (filter.assigned === "none") parts.push(Prisma.sql`${alias}."assignedReviewerId" IS NULL`);
    else if (filter.assigned && /^[0-9a-f-]{36}$/i.test(filter.assigned)) parts.push(Prisma.sql`${alias}."assignedReviewerId" = ${filter.assigned}::uuid`);
    void kind;
    return Prisma.join(parts, " AND ");
  };
  const offshore = Prisma.sql`
    SELECT 'OFFSHORE' AS "kind", c."id", c."claimNo", c."claimYear", c."status"::text AS "status", c."submittedAt",
           c."assignedReviewerId", c."version", o."nameZh" AS "organisationName", o."district",
           COALESCE(c."grantedFen", c."entitlementFen", 0)::bigint AS "amountFen",
           (c."flagged" OR COALESCE(c."grantedFen", c."entitlementFen", 0) >= ${fourEyesFen}
             OR EXISTS (SELECT 1 FROM "OffshoreContractLine" l JOIN "OffshoreContractLine" l2 ON l2."contractRegNo" = l."contractRegNo" AND l2."claimId" <> l."claimId"
                        JOIN "OffshoreClaim" c2 ON c2."id" = l2."claimId" AND c2."status"::text NOT IN ('DRAFT', 'WITHDRAWN', 'REJECTED')
                        WHERE l."claimId" = c."id")) AS "flagged"
    FROM "OffshoreClaim" c JOIN "Organisation" o ON o."id" = c."organisationId"
    WHERE ${common(Prisma.sql`c`, "OFFSHORE")}`;
  const training = Prisma.sql`
    SELECT 'TRAINING' AS "kind", c."id", c."claimNo", c."claimYear", c."status"::text AS "status", c."submittedAt",
           c."assignedReviewerId", c."version", o."nameZh" AS "organisationName", o."district",
           (c."traineeTotalFen" + c."institutionTotalFen")::bigint AS "amountFen",
           (c."flagged" OR c."traineeTotalFen" + c."institutionTotalFen" >= ${fourEyesFen}
             OR EXISTS (SELECT 1 FROM "TrainingClaimLine" l JOIN "TrainingClaimLine" l2 ON l2."personId" = l."personId" AND l2."claimId" <> l."claimId"
                        JOIN "TrainingClaim" c2 ON c2."id" = l2."claimId" AND c2."status"::text NOT IN ('DRAFT', 'WITHDRAWN', 'REJECTED')
                        WHERE l."claimId" = c."id")) AS "flagged"
    FROM "TrainingClaim" c JOIN "Organisation" o ON o."id" = c."institutionId"
    WHERE ${common(Prisma.sql`c`, "TRAINING")}`;
  const selected = filter.kind === "OFFSHORE" ? [offshore] : filter.kind === "TRAINING" ? [training] : [offshore, training];
  return Prisma.join(selected, " UNION ALL ");
}

function outerWhere(filter: QueueFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.minYuan !== undefined) parts.push(Prisma.sql`q."amountFen" >= ${BigInt(filter.minYuan) * 100n}`);
  if (filter.maxYuan !== undefined) parts.push(Prisma.sql`q."amountFen" <= ${BigInt(filter.maxYuan) * 100n}`);
  if (filter.flagged) parts.push(Prisma.sql`q."flagged"`);
  return Prisma.join(parts, " AND ");
}

const ORDER: Record<(typeof QUEUE_SORTS)[number], Prisma.Sql> = {
  "submitted-desc": Prisma.sql`q."submittedAt" DESC NULLS LAST, q."id" DESC`,
  "submitted-asc": Prisma.sql`q."submittedAt" ASC NULLS LAST, q."id" ASC`,
  "amount-desc": Prisma.sql`q."amountFen" DESC, q."id" DESC`,
  "amount-asc": Prisma.sql`q."amountFen" ASC, q."id" ASC`,
  claimNo: Prisma.sql`q."claimNo" ASC`,
};

interface RawRow extends Omit<QueueRow, "amountFen" | "assignedReviewerName"> {
  amountFen: bigint | number;
}

/**
 * The review queue over both claim tables: filters, sort and paging run in the database (one
 * UNION ALL; status/year use the (status, claimYear) indexes), so a page costs the same over
 * 100,000 claims as over 100. Also returns the total and the counts per status under the other filters.
 */
export async function listReviewQueue(prisma: PrismaClient, viewerId: string, filter: QueueFilter, fourEyesFen = 100_000_00, pageSize = QUEUE_PAGE_SIZE) {
  const offset = (filter.page - 1) * pageSize;
  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT q.* FROM (${branches(filter, viewerId, fourEyesFen)}) q
    WHERE ${outerWhere(filter)}
    ORDER BY ${ORDER[filter.sort]}
    LIMIT ${pageSize} OFFSET ${offset}`;
  const countRows = await prisma.$queryRaw<Array<{ status: ClaimStatus; n: bigint | number }>>`
    SELECT q."status", COUNT(*) AS "n" FROM (${branches({ ...filter, status: undefined }, viewerId, fourEyesFen)}) q
    WHERE ${outerWhere(filter)}
    GROUP BY q."status"`;
  const counts = Object.fromEntries(countRows.map((r) => [r.status, Number(r.n)])) as Partial<Record<ClaimStatus, number>>;
  const total = filter.status ? (counts[filter.status] ?? 0) : Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const reviewerIds = [...new Set(rows.map((r) => r.assignedReviewerId).filter((x): x is string => !!x))];
  const reviewers = reviewerIds.length ? await prisma.user.findMany({ where: { id: { in: reviewerIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(reviewers.map((r) => [r.id, r.name]));
  return {
    rows: rows.map((r) => ({ ...r, amountFen: Number(r.amountFen), assignedReviewerName: r.assignedReviewerId ? (names.get(r.assignedReviewerId) ?? null) : null })) as QueueRow[],
    counts,
    total,
    pageSize,
    page: filter.page,
  };
}

/** Every row matching the filters (no paging), in pages of `chunk`, for the CSV export. */
export async function* iterateReviewQueue(prisma: PrismaClient, viewerId: string, filter: QueueFilter, fourEyesFen = 100_000_00, chunk = 1000) {
  for (let page = 1; ; page++) {
    const { rows } = await listReviewQueue(prisma, viewerId, { ...filter, page }, fourEyesFen, chunk);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < chunk) return;
  }
}

/** The four-eyes threshold of the newest policy version, for the queue's "flagged" column. */
export async function currentFourEyesThresholdFen(prisma: PrismaClient): Promise<number> {
  const latest = await prisma.policyVersion.findFirst({ orderBy: { effectiveFrom: "desc" }, select: { fourEyesThresholdFen: true } });
  return latest?.fourEyesThresholdFen ?? 100_000_00;
}
