import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError } from "@/lib/errors/domain-error";
import { endExpiredNotices } from "@/lib/grants/public-notice/end-expired-notices";
import { fromStatuses, targetStatus } from "@/lib/claim-lifecycle";
import type { Reviewer } from "@/lib/auth/actors";
import { listHeldGrants, listPayableGrants } from "./list-payable-grants";
import { paymentBatchNo } from "./payment-batch-no";
import { inCityTransaction } from "@/lib/db/city-scope";

// Every batch creation takes this transaction-scoped lock, so two reviewers gathering at once
// run one after the other and the second never sees a grant the first has taken.
const PAYMENT_BATCH_LOCK = 7_356_002;

export function assertMayReleasePayments(reviewer: Reviewer): void {
  if (reviewer.role !== "REVIEWER" || !reviewer.canReleasePayments) throw new DomainError("forbidden");
}

/**
 * Gathers every payable grant into a new batch. An empty pool is refused: there is no empty batch.
 * Grants whose payee has no bank account or an unconfirmed changed one stay out (the pool page
 * shows why); the audit entry counts them.
 */
export async function createPaymentBatch(prisma: PrismaClient, reviewer: Reviewer, now: Date = new Date()) {
  assertMayReleasePayments(reviewer);
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PAYMENT_BATCH_LOCK})`;
    await endExpiredNotices(tx, now);
    const grants = await listPayableGrants(tx, reviewer.cityId, now);
    const held = await listHeldGrants(tx, reviewer.cityId, now);
    if (grants.length === 0) throw new DomainError("emptyBatch");
    const totalFen = grants.reduce((sum, g) => sum + BigInt(g.amountFen), 0n);
    const batch = await tx.paymentBatch.create({
      data: {
        cityId: reviewer.cityId,
        batchNo: paymentBatchNo(now),
        totalFen,
        createdById: reviewer.id,
        items: { create: grants.map((g) => ({ ledgerEntryId: g.id })) },
      },
    });
    // The claims whose grants are now on their way to payment.
    const offshoreIds = [...new Set(grants.map((g) => g.offshoreClaimId).filter((x): x is string => !!x))];
    const trainingIds = [...new Set(grants.map((g) => g.trainingClaimId).filter((x): x is string => !!x))];
    const payable = { where: { status: { in: fromStatuses("batchForPayment") } }, data: { status: targetStatus("batchForPayment"), version: { increment: 1 } } };
    await tx.offshoreClaim.updateMany({ where: { id: { in: offshoreIds }, ...payable.where }, data: payable.data });
    await tx.trainingClaim.updateMany({ where: { id: { in: trainingIds }, ...payable.where }, data: payable.data });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-batch.create",
      targetType: "PaymentBatch",
      targetId: batch.id,
      result: "success",
      details: { batchNo: batch.batchNo, items: grants.length, totalFen: totalFen.toString(), heldItems: held.length },
    });
    return batch;
  });
}
