import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/auth/actors";

/**
 * Corrects a grant by appending a reversing entry (negative amount, reversesId set, reason):
 * ledger rows are never edited. A rule-A reversal also lowers the enterprise's running total
 * for the year; a grant still on notice is withdrawn from it. `reversesId` is unique, so a grant
 * can be reversed once only, whatever the timing. Runs in the caller's transaction.
 */
export async function reverseLedgerEntry(
  tx: Prisma.TransactionClient,
  actor: Actor,
  ledgerEntryId: string,
  reason: string,
) {
  if (!reason.trim()) throw new DomainError("required", "reason");
  const entry = await tx.ledgerEntry.findUnique({ where: { id: ledgerEntryId }, include: { reversedBy: true, noticeItem: true, paymentItems: { where: { status: "PENDING" }, select: { id: true } } } });
  if (!entry) throw new NotFoundError();
  if (entry.amountFen <= 0 || entry.reversesId) throw new DomainError("notAGrant");
  if (entry.reversedBy) throw new DomainError("alreadyReversed");
  // A grant on its way to the bank is taken out of its batch first (marked failed).
  if (entry.paymentItems.length > 0) throw new DomainError("grantInBatch");
  const reversal = await tx.ledgerEntry.create({
    data: {
      rule: entry.rule,
      claimYear: entry.claimYear,
      payeeKind: entry.payeeKind,
      organisationId: entry.organisationId,
      personId: entry.personId,
      amountFen: -entry.amountFen,
      offshoreClaimId: entry.offshoreClaimId,
      trainingClaimId: entry.trainingClaimId,
      trainingLineId: entry.trainingLineId,
      reversesId: entry.id,
      reason: reason.trim(),
      createdById: actor.id,
    },
  });
  if (entry.rule === "A_OFFSHORE" && entry.organisationId) {
    await tx.$executeRaw`
      UPDATE "EnterpriseYearGrant"
      SET "grantedFen" = "grantedFen" - ${entry.amountFen}, "updatedAt" = now()
      WHERE "organisationId" = ${entry.organisationId}::uuid AND "claimYear" = ${entry.claimYear}`;
  }
  if (entry.noticeItem && (entry.noticeItem.status === "IN_NOTICE" || entry.noticeItem.status === "OBJECTED")) {
    await tx.noticeItem.update({ where: { id: entry.noticeItem.id }, data: { status: "WITHDRAWN", resolvedAt: new Date() } });
  }
  await appendAuditEntry(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "ledger.reverse",
    targetType: "LedgerEntry",
    targetId: entry.id,
    result: "success",
    details: { reversalId: reversal.id, amountFen: reversal.amountFen, rule: entry.rule, reason: reason.trim() },
  });
  return reversal;
}
