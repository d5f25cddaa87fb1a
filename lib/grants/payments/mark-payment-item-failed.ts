import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { paymentItemReasonSchema, type PaymentItemReasonInput } from "@/lib/schemas/payment-item";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Reviewer } from "@/lib/auth/actors";
import { assertMayReleasePayments } from "./create-payment-batch";
import { inCityTransaction } from "@/lib/db/city-scope";

// The schema lives in lib/schemas (the reviewer form imports it; this file reaches node:crypto).
export { paymentItemReasonSchema, type PaymentItemReasonInput };

/** The bank returned one item (closed account, wrong name): it fails and its grant returns to the pool for a later batch. */
export async function markPaymentItemFailed(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof paymentItemReasonSchema>) {
  assertMayReleasePayments(reviewer);
  const { itemId, reason } = input;
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const item = await tx.paymentItem.findUnique({ where: { id: itemId, batch: { cityId: reviewer.cityId } }, include: { ledgerEntry: { select: { amountFen: true } } } });
    if (!item) throw new NotFoundError();
    const updated = await tx.paymentItem.updateMany({ where: { id: itemId, status: "PENDING", batch: { status: { in: ["DRAFT", "EXPORTED"] } } }, data: { status: "FAILED", failureReason: reason } });
    if (updated.count === 0) throw new DomainError("paymentItemNotPending");
    await tx.paymentBatch.update({ where: { id: item.batchId }, data: { totalFen: { decrement: BigInt(item.ledgerEntry.amountFen) } } });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-item.failed",
      targetType: "PaymentItem",
      targetId: itemId,
      result: "success",
      details: { reason },
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs markPaymentItemFailed. */
export async function markPaymentItemFailedFromInput(prisma: PrismaClient, reviewer: Reviewer, input: PaymentItemReasonInput) {
  return markPaymentItemFailed(prisma, reviewer, paymentItemReasonSchema.parse(input));
}
