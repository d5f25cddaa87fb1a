import { Prisma, type ClaimStatus, type PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "zod";
import { REVIEWABLE_STATUSES, statusArrayLiteral, UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { clampPage } from "@/lib/paging/clamp-page";
import { RISK_SIGNAL_CODES } from "@/lib/verification/risk-signals";
import { cappedQueueAmounts, type QueueCapReason } from "./capped-queue-amounts";

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
  /** Issue 18: offshore claims whose lines the official data do not confirm (their stored reconciliation). */
  reconciliation: z.enum(["issues"]).optional().catch(undefined),
  /** Issue 18: claims with a risk signal ("any"), or with one signal (its code), by their stored codes (ClaimRiskSignals). */
  risk: z.enum(["any", ...RISK_SIGNAL_CODES]).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).default("submitted-desc").catch("submitted-desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/**
 * Why a row needs attention, in the order the queue names them. An open list: a new reason
 * (reconciliation, a risk signal) is one more code here, a column in rowsSql, and its text in
 * messages (review.flagReason.<code>).
 */
export const QUEUE_FLAG_REASONS = ["markedByHand", "fourEyes", "duplicate", "employerUnconfirmed"] as const;
export type QueueFlagReason = (typeof QUEUE_FLAG_REASONS)[number];

/** Who looks at the queue: their own city's claims only, and "assigned to me" and conflicts are theirs. */
export interface QueueViewer {
  id: string;
  cityId: string;
}

export interface QueueRow {
  kind: "OFFSHORE" | "TRAINING";
  id: string;
  claimNo: string;
  claimYear: number;
  status: ClaimStatus;
  organisationName: string;
  district: string;
  submittedAt: Date | null;
  /** What the claim stands for: granted once decided; while it waits for an approval, what the approval would grant (capped). */
  amountFen: number;
  /** The amount the claim itself declares (its entitlement at submission, or its grant). */
  declaredFen: number;
  /** Set when the cap makes amountFen less than declared. */
  capReason: QueueCapReason | null;
  assignedReviewerId: string | null;
  assignedReviewerName: string | null;
  flagged: boolean;
  flagReasons: QueueFlagReason[];
  /** The viewing reviewer declared a conflict of interest with the claim's organisation. */
  conflictDeclared: boolean;
  version: number;
}

// The amount a claim stands for: granted once decided, else the entitlement computed at submission.
// "Flagged": flagged by hand, at or above the four-eyes threshold, or sharing a contract number /
// person with another live claim (both are indexed look-ups).
//
// Performance (bench/README.md, fixes Q1–Q3): the status is compared as the enum (so the planner
// sees the (status, claimYear) index and estimates rows correctly); each UNION ALL branch is
// sorted and limited on its own to offset + page size rows (the (submittedAt DESC, id DESC)
// indexes serve the default sort), then merged; and the duplicate look-up, which is the
// expensive part of the flag, runs only for the page's rows, except with "flagged only", where
// it must filter inside each branch.
type Kind = "OFFSHORE" | "TRAINING";

/** Another claim counts as a duplicate while it is live (not draft, withdrawn or rejected); the same SQL text as ever, built from the lifecycle. */
const LIVE_EXCLUDED = Prisma.raw(`(${UNLOCKED_STATUSES.map((s) => `'${s}'`).join(", ")})`);

/** Statuses as one enum-array parameter, written as an array literal (PGlite's adapter sends JS arrays only for built-in types). */
function statusArray(statuses: readonly ClaimStatus[]): Prisma.Sql {
  return Prisma.sql`${statusArrayLiteral(statuses)}::"ClaimStatus"[]`;
}

const AMOUNT: Record<Kind, Prisma.Sql> = {
  OFFSHORE: Prisma.sql`COALESCE(c."grantedFen", c."entitlementFen", 0)::bigint`,
  TRAINING: Prisma.sql`COALESCE(c."grantedFen", c."traineeTotalFen" + c."institutionTotalFen")::bigint`,
};

/** Another live claim shares a contract number (offshore) or a person (training) with claim `idExpr`. */
function duplicateExists(kind: Kind, idExpr: Prisma.Sql): Prisma.Sql {
  return kind === "OFFSHORE"
    ? Prisma.sql`EXISTS (SELECT 1 FROM "OffshoreContractLine" l JOIN "OffshoreContractLine" l2 ON l2."contractRegNo" = l."contractRegNo" AND l2."claimId" <> l."claimId"
                        JOIN "OffshoreClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE_EXCLUDED}
                        WHERE l."claimId" = ${idExpr})`
    : Prisma.sql`EXISTS (SELECT 1 FROM "TrainingClaimLine" l JOIN "TrainingClaimLine" l2 ON l2."personId" = l."personId" AND l2."claimId" <> l."claimId"
                        JOIN "TrainingClaim" c2 ON c2."id" = l2."claimId" AND c2."status" NOT IN ${LIVE_EXCLUDED}
                        WHERE l."claimId" = ${idExpr})`;
}

/** A training line's employer, registered in the portal, has not confirmed the contract (an offshore claim has no employer to confirm). */
function employerUnconfirmedExists(kind: Kind, idExpr: Prisma.Sql): Prisma.Sql {
  return kind === "OFFSHORE"
    ? Prisma.sql`FALSE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "TrainingClaimLine" l JOIN "EmploymentContract" ec ON ec."id" = l."contractId"
                        WHERE l."claimId" = ${idExpr} AND ec."employerOrganisationId" IS NOT NULL AND ec."confirmation" <> 'CONFIRMED')`;
}

/** The cheap part of the flag (by hand, or at or above the four-eyes threshold), in a branch. */
function baseFlag(kind: Kind, fourEyesFen: number): Prisma.Sql {
  return Prisma.sql`(c."flagged" OR ${AMOUNT[kind]} >= ${fourEyesFen})`;
}

function branchWhere(kind: Kind, filter: QueueFilter, viewer: QueueViewer, fourEyesFen: number): Prisma.Sql {
  // The viewer's city first: another city's claims are not in this bureau's queue at all (issue 22).
  const parts: Prisma.Sql[] = [Prisma.sql`c."cityId" = ${viewer.cityId}`, Prisma.sql`c."status" = ANY(${statusArray(filter.status ? [filter.status] : REVIEWABLE_STATUSES)})`];
  if (filter.year) parts.push(Prisma.sql`c."claimYear" = ${filter.year}`);
  if (filter.organisation) parts.push(Prisma.sql`o."nameZh" ILIKE ${"%" + filter.organisation.replace(/[\\%_]/g, (m) => "\\" + m) + "%"}`);
  if (filter.district) parts.push(Prisma.sql`o."district" = ${filter.district}`);
  if (filter.assigned === "me") parts.push(Prisma.sql`c."assignedReviewerId" = ${viewer.id}::uuid`);
  else if (filter.assigned === "none") parts.push(Prisma.sql`c."assignedReviewerId" IS NULL`);
  else if (filter.assigned && /^[0-9a-f-]{36}$/i.test(filter.assigned)) parts.push(Prisma.sql`c."assignedReviewerId" = ${filter.assigned}::uuid`);
  if (filter.minYuan !== undefined) parts.push(Prisma.sql`${AMOUNT[kind]} >= ${BigInt(filter.minYuan) * 100n}`);
  if (filter.maxYuan !== undefined) parts.push(Prisma.sql`${AMOUNT[kind]} <= ${BigInt(filter.maxYuan) * 100n}`);
  if (filter.reconciliation === "issues") {
    parts.push(
      kind === "OFFSHORE"
        ? Prisma.sql`EXISTS (SELECT 1 FROM "OffshoreClaimReconciliation" r WHERE r."claimId" = c."id" AND r."linesWithIssues" > 0)`
        : Prisma.sql`FALSE`,
    );
  }
  if (filter.risk) {
    // The codes stored when the claim was last refreshed (lib/verification/refresh-claim-risk-signals.ts); one row per claim, by its id.
    const raised = filter.risk === "any" ? Prisma.sql`cardinality(s."codes") > 0` : Prisma.sql`${filter.risk} = ANY(s."codes")`;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimRiskSignals" s WHERE s."claimId" = c."id" AND ${raised})`);
  }
  if (filter.flagged) {
    parts.push(Prisma.sql`(${baseFlag(kind, fourEyesFen)} OR ${duplicateExists(kind, Prisma.sql`c."id"`)} OR ${employerUnconfirmedExists(kind, Prisma.sql`c."id"`)})`);
  }
  return Prisma.join(parts, " AND ");
}

const FROM: Record<Kind, Prisma.Sql> = {
  OFFSHORE: Prisma.sql`"OffshoreClaim" c JOIN "Organisation" o ON o."id" = c."organisationId"`,
  TRAINING: Prisma.sql`"TrainingClaim" c JOIN "Organisation" o ON o."id" = c."institutionId"`,
};

function selectedKinds(filter: QueueFilter): Kind[] {
  if (filter.kind) return [filter.kind];
  // Only offshore claims are reconciled against official data.
  return filter.reconciliation ? ["OFFSHORE"] : ["OFFSHORE", "TRAINING"];
}

/** ORDER BY for a sort, over the column names every level of the rows query shares. */
function orderBy(sort: QueueFilter["sort"], alias: Prisma.Sql, amount: Prisma.Sql = Prisma.sql`${alias}."amountFen"`): Prisma.Sql {
  switch (sort) {
    // Reviewable claims always have a submission date, so NULLS LAST (the queue's old spelling)
    // changes nothing; plain DESC lets the (submittedAt DESC, id DESC) indexes serve the sort.
    case "submitted-desc":
      return Prisma.sql`${alias}."submittedAt" DESC, ${alias}."id" DESC`;
    case "submitted-asc":
      return Prisma.sql`${alias}."submittedAt" ASC NULLS LAST, ${alias}."id" ASC`;
    case "amount-desc":
      return Prisma.sql`${amount} DESC, ${alias}."id" DESC`;
    case "amount-asc":
      return Prisma.sql`${amount} ASC, ${alias}."id" ASC`;
    case "claimNo":
      return Prisma.sql`${alias}."claimNo" ASC`;
  }
}

/** The page's rows: each branch's first offset + pageSize rows, merged, paged, then flagged and named. */
function rowsSql(filter: QueueFilter, viewer: QueueViewer, fourEyesFen: number, pageSize: number, offset: number): Prisma.Sql {
  const c = Prisma.sql`c`;
  const branch = (kind: Kind) => Prisma.sql`(
      SELECT ${Prisma.raw(`'${kind}'`)} AS "kind", c."id", c."claimNo", c."claimYear", c."status", c."submittedAt", c."assignedReviewerId", c."version",
             o."id" AS "organisationId", ${AMOUNT[kind]} AS "amountFen", c."flagged" AS "markedByHand", (${AMOUNT[kind]} >= ${fourEyesFen}) AS "fourEyes"
      FROM ${FROM[kind]}
      WHERE ${branchWhere(kind, filter, viewer, fourEyesFen)}
      ORDER BY ${orderBy(filter.sort, c, AMOUNT[kind])}
      LIMIT ${offset + pageSize})`;
  const union = Prisma.join(selectedKinds(filter).map(branch), " UNION ALL ");
  const p = Prisma.sql`p`;
  // Each reason on its own, for the page's rows only (the look-ups are indexed), so the row can say why.
  const byKind = (sql: (kind: Kind, idExpr: Prisma.Sql) => Prisma.Sql) =>
    Prisma.sql`CASE p."kind" WHEN 'OFFSHORE' THEN ${sql("OFFSHORE", Prisma.sql`p."id"`)} ELSE ${sql("TRAINING", Prisma.sql`p."id"`)} END`;
  return Prisma.sql`
    SELECT p."kind", p."id", p."claimNo", p."claimYear", p."status"::text AS "status", p."submittedAt", p."assignedReviewerId", p."version",
           o."nameZh" AS "organisationName", o."district", p."amountFen", r."name" AS "assignedReviewerName",
           p."markedByHand", p."fourEyes", ${byKind(duplicateExists)} AS "duplicate", ${byKind(employerUnconfirmedExists)} AS "employerUnconfirmed",
           EXISTS (SELECT 1 FROM "ConflictOfInterest" ci WHERE ci."reviewerId" = ${viewer.id}::uuid AND ci."organisationId" = p."organisationId") AS "conflictDeclared"
    FROM (SELECT * FROM (${union}) u ORDER BY ${orderBy(filter.sort, Prisma.sql`u`)} LIMIT ${pageSize} OFFSET ${offset}) p
    JOIN "Organisation" o ON o."id" = p."organisationId"
    LEFT JOIN "User" r ON r."id" = p."assignedReviewerId"
    ORDER BY ${orderBy(filter.sort, p)}`;
}

/** Matching claims per status under the other filters; the organisation is joined only when filtered on. */
function countsSql(filter: QueueFilter, viewer: QueueViewer, fourEyesFen: number): Prisma.Sql {
  const byOrganisation = !!(filter.organisation || filter.district);
  const branch = (kind: Kind) => Prisma.sql`
      SELECT c."status", COUNT(*) AS "n"
      FROM ${byOrganisation ? FROM[kind] : kind === "OFFSHORE" ? Prisma.sql`"OffshoreClaim" c` : Prisma.sql`"TrainingClaim" c`}
      WHERE ${branchWhere(kind, { ...filter, status: undefined }, viewer, fourEyesFen)}
      GROUP BY c."status"`;
  return Prisma.sql`
    SELECT q."status"::text AS "status", SUM(q."n")::bigint AS "n"
    FROM (${Prisma.join(selectedKinds(filter).map(branch), " UNION ALL ")}) q
    GROUP BY q."status"`;
}

interface RawRow extends Omit<QueueRow, "amountFen" | "declaredFen" | "capReason" | "flagged" | "flagReasons"> {
  amountFen: bigint | number;
  markedByHand: boolean;
  fourEyes: boolean;
  duplicate: boolean;
  employerUnconfirmed: boolean;
}

/**
 * The review queue over both claim tables: filters, sort and paging run in the database (one
 * UNION ALL of per-table top-N queries), so a page costs about the same over 100,000 claims as
 * over 100. Also returns the total and the counts per status under the other filters.
 */
export async function listReviewQueue(prisma: PrismaClient, viewer: QueueViewer, filter: QueueFilter, fourEyesFen = 100_000_00, pageSize = QUEUE_PAGE_SIZE) {
  const queryRows = (page: number) => prisma.$queryRaw<RawRow[]>(rowsSql(filter, viewer, fourEyesFen, pageSize, (page - 1) * pageSize));
  const [firstRows, countRows] = await Promise.all([
    queryRows(filter.page),
    prisma.$queryRaw<Array<{ status: ClaimStatus; n: bigint | number }>>(countsSql(filter, viewer, fourEyesFen)),
  ]);
  const counts = Object.fromEntries(countRows.map((r) => [r.status, Number(r.n)])) as Partial<Record<ClaimStatus, number>>;
  const total = filter.status ? (counts[filter.status] ?? 0) : Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  // The rows and the counts are fetched together; only a page past the end (an old link, a
  // shrunken filter) costs a second query, for the last page.
  const { page, pageCount } = clampPage(filter.page, total, pageSize);
  const rows = page === filter.page ? firstRows : await queryRows(page);
  return { rows: await queueRows(prisma, rows), counts, total, pageSize, page, pageCount };
}

/** The page's rows, with the amounts an approval would grant now (one batched pass) and the flag's reasons. */
async function queueRows(prisma: PrismaClient, raw: RawRow[]): Promise<QueueRow[]> {
  const capped = await cappedQueueAmounts(prisma, raw);
  return raw.map(({ markedByHand, fourEyes, duplicate, employerUnconfirmed, ...r }) => {
    const declaredFen = Number(r.amountFen);
    const now = capped.get(r.id);
    const reasons: Record<QueueFlagReason, boolean> = { markedByHand, fourEyes, duplicate, employerUnconfirmed };
    const flagReasons = QUEUE_FLAG_REASONS.filter((reason) => reasons[reason]);
    return {
      ...r,
      amountFen: now?.amountFen ?? declaredFen,
      declaredFen,
      capReason: now?.capReason ?? null,
      assignedReviewerName: r.assignedReviewerId ? (r.assignedReviewerName ?? null) : null,
      flagged: flagReasons.length > 0,
      flagReasons,
    };
  });
}

/** How many claims match the filters (the export's progress bar counts towards it). */
export async function countReviewQueue(prisma: PrismaClient, viewer: QueueViewer, filter: QueueFilter, fourEyesFen = 100_000_00): Promise<number> {
  const rows = await prisma.$queryRaw<Array<{ status: ClaimStatus; n: bigint | number }>>(countsSql(filter, viewer, fourEyesFen));
  return rows.filter((r) => !filter.status || r.status === filter.status).reduce((sum, r) => sum + Number(r.n), 0);
}

/** Every row matching the filters (no paging), in pages of `chunk`, for the export. */
export async function* iterateReviewQueue(prisma: PrismaClient, viewer: QueueViewer, filter: QueueFilter, fourEyesFen = 100_000_00, chunk = 1000) {
  // Not through listReviewQueue: its page past the end is the last page again, which would never end this loop.
  for (let offset = 0; ; offset += chunk) {
    const rows = await queueRows(prisma, await prisma.$queryRaw<RawRow[]>(rowsSql(filter, viewer, fourEyesFen, chunk, offset)));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < chunk) return;
  }
}

/** The four-eyes threshold of the city's newest policy version, for the queue's "flagged" column. */
export async function currentFourEyesThresholdFen(prisma: PrismaClient, cityId: string): Promise<number> {
  const latest = await prisma.policyVersion.findFirst({ where: { cityId, status: "PUBLISHED" }, orderBy: { effectiveFrom: "desc" }, select: { fourEyesThresholdFen: true } });
  return latest?.fourEyesThresholdFen ?? 100_000_00;
}
