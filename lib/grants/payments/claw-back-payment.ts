import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { formatFen } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { reverseLedgerEntry } from "@/lib/grants/ledger/reverse-ledger-entry";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { fromStatuses, targetStatus } from "@/lib/claim-lifecycle";
import { claimKind } from "@/lib/review/claim-kinds";
import type { Reviewer } from "@/lib/auth/actors";
import { assertMayReleasePayments } from "./create-payment-batch";
import { paymentItemReasonSchema, type PaymentItemReasonInput } from "./mark-payment-item-failed";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * Claws back a paid item: a reversing ledger entry with the reason (the paid row itself is never
 * changed), the claim moves to CLAWED_BACK and its applicant is told (inbox and a mandatory mail),
 * all in one transaction; the e-mails are returned to queue once it has committed.
 *
 * A partial claw-back (one line of a training claim, say the trainee's subsidy of one person)
 * moves the whole claim to CLAWED_BACK: the applicant was told "paid", and that is no longer
 * the whole truth; the claim page lists each clawed-back item with its amount and reason, and
 * the ledger keeps the rest paid. A claim whose status does not allow the event (a legacy
 * APPROVED claim) keeps its status; the reversal, audit entry and notice are written all the same.
 */
export async function clawBackPayment(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof paymentItemReasonSchema>) {
  assertMayReleasePayments(reviewer);
  const { itemId, reason } = input;
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const item = await tx.paymentItem.findUnique({
      where: { id: itemId, batch: { cityId: reviewer.cityId } },
      include: { ledgerEntry: { select: { amountFen: true, offshoreClaimId: true, trainingClaimId: true } } },
    });
    if (!item) throw new NotFoundError();
    if (item.status !== "PAID") throw new DomainError("paymentItemNotPaid");
    const reversal = await reverseLedgerEntry(tx, reviewer, item.ledgerEntryId, reason);

    const emails: EmailJob[] = [];
    const kind = item.ledgerEntry.offshoreClaimId ? "OFFSHORE" : "TRAINING";
    const claimId = item.ledgerEntry.offshoreClaimId ?? item.ledgerEntry.trainingClaimId;
    let claimStatus: string | null = null;
    if (claimId) {
      const claims = claimKind(kind);
      const from = fromStatuses("clawBack", kind);
      // A conditional UPDATE on the version read: a batch paying the claim's last grant at the
      // same moment (PAYABLE -> PAID) changes it; then read it again and move it from there.
      let head = await claims.loadHead(tx, claimId);
      for (let attempt = 0; head && from.includes(head.status) && attempt < 3; attempt++) {
        if (await claims.update(tx, head, from, { status: targetStatus("clawBack") })) break;
        head = await claims.loadHead(tx, claimId);
      }
      head = await claims.loadHead(tx, claimId);
      if (!head) throw new NotFoundError();
      claimStatus = head.status;
      emails.push(
        ...(await notifyOrganisation(tx, head.organisationId, "claimClawedBack", { claimNo: head.claimNo, amount: formatFen(item.ledgerEntry.amountFen), reason: reversal.reason ?? reason })),
      );
    }
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-item.claw-back",
      targetType: "PaymentItem",
      targetId: itemId,
      result: "success",
      details: { reversalId: reversal.id, reason, amountFen: item.ledgerEntry.amountFen, claimId, claimStatus },
    });
    return { reversal, emails };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs clawBackPayment. */
export async function clawBackPaymentFromInput(prisma: PrismaClient, reviewer: Reviewer, input: PaymentItemReasonInput) {
  return clawBackPayment(prisma, reviewer, paymentItemReasonSchema.parse(input));
}
