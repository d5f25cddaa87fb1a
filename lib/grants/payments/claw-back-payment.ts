import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { reverseLedgerEntry } from "@/lib/grants/ledger/reverse-ledger-entry";
import type { Reviewer } from "@/lib/auth/actors";
import { assertMayReleasePayments } from "./create-payment-batch";
import { paymentItemReasonSchema, type PaymentItemReasonInput } from "./mark-payment-item-failed";

/** Claws back a paid item: a reversing ledger entry with the reason (the paid row itself is never changed). */
export async function clawBackPayment(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof paymentItemReasonSchema>) {
  assertMayReleasePayments(reviewer);
  const { itemId, reason } = input;
  return prisma.$transaction(async (tx) => {
    const item = await tx.paymentItem.findUnique({ where: { id: itemId } });
    if (!item) throw new NotFoundError();
    if (item.status !== "PAID") throw new DomainError("paymentItemNotPaid");
    const reversal = await reverseLedgerEntry(tx, reviewer, item.ledgerEntryId, reason);
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-item.claw-back",
      targetType: "PaymentItem",
      targetId: itemId,
      result: "success",
      details: { reversalId: reversal.id, reason },
    });
    return reversal;
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs clawBackPayment. */
export async function clawBackPaymentFromInput(prisma: PrismaClient, reviewer: Reviewer, input: PaymentItemReasonInput) {
  return clawBackPayment(prisma, reviewer, paymentItemReasonSchema.parse(input));
}
