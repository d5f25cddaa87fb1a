import type { DecisionKind, Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { ClaimHead, ClaimKindAdapter } from "./claim-kinds";
import type { Reviewer } from "./reviewer";

/** The ReviewDecision row (with per-line comments) and its audit entry, in the decision's transaction. */
export async function recordDecision(
  tx: Prisma.TransactionClient,
  claims: ClaimKindAdapter,
  head: ClaimHead,
  reviewer: Reviewer,
  decision: {
    kind: DecisionKind;
    reason?: string | null;
    amountFen?: number | null;
    evaluation?: unknown;
    comments?: Array<{ lineId: string; text: string }>;
    auditDetails?: Record<string, unknown>;
  },
) {
  const row = await tx.reviewDecision.create({
    data: {
      claimKind: head.kind,
      ...claims.link(head.id),
      reviewerId: reviewer.id,
      decision: decision.kind,
      reason: decision.reason || null,
      amountFen: decision.amountFen ?? null,
      evaluation: decision.evaluation === undefined ? undefined : (JSON.parse(JSON.stringify(decision.evaluation)) as Prisma.InputJsonValue),
      comments: decision.comments?.length ? { create: decision.comments.map((c) => ({ ...claims.lineLink(c.lineId), text: c.text })) } : undefined,
    },
    select: { id: true },
  });
  await appendAuditEntry(tx, {
    actorId: reviewer.id,
    actorRole: reviewer.role,
    action: `review.${decision.kind.toLowerCase().replace("_", "-")}`,
    targetType: claims.auditTargetType,
    targetId: head.id,
    result: "success",
    details: JSON.parse(
      JSON.stringify({ claimNo: head.claimNo, decisionId: row.id, amountFen: decision.amountFen ?? null, ...decision.auditDetails }),
    ) as Prisma.InputJsonValue,
  });
  return row;
}
