import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { markPaymentBatchPaidSchema, type MarkPaymentBatchPaidInput } from "@/lib/schemas/payment-batch";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { dbDateFromIsoDate, formatFen, todayInChina } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { fromStatuses, targetStatus } from "@/lib/claim-lifecycle";
import { claimKind } from "@/lib/review/claim-kinds";
import type { Reviewer } from "@/lib/auth/actors";
import { assertMayReleasePayments } from "./create-payment-batch";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * The bank confirmed the exported batch: its pending items are paid, and every claim whose
 * grants are all paid becomes PAID and its applicant is told. Only an exported batch can be
 * paid (the file went to the bank), and only once. The reviewer copies the bank's reference
 * and value date from the statement; both are stored on the batch and in the audit entry, so
 * the batch can be matched with the bank's records later.
 */
export async function markPaymentBatchPaid(
  prisma: PrismaClient,
  reviewer: Reviewer,
  input: z.output<typeof markPaymentBatchPaidSchema>,
  now: Date = new Date(),
) {
  assertMayReleasePayments(reviewer);
  const { batchId, bankReference, valueDate } = input;
  // The schema checked it against the clock when the form was parsed; the operation's own `now` decides.
  if (valueDate > todayInChina(now.getTime())) throw new DomainError("dateInFuture", "valueDate");
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const updated = await tx.paymentBatch.updateMany({
      where: { id: batchId, cityId: reviewer.cityId, status: "EXPORTED" },
      data: { status: "PAID", paidAt: now, bankReference, valueDate: dbDateFromIsoDate(valueDate) },
    });
    if (updated.count === 0) {
      const exists = await tx.paymentBatch.findUnique({ where: { id: batchId, cityId: reviewer.cityId }, select: { status: true } });
      if (!exists) throw new NotFoundError();
      throw new DomainError(exists.status === "PAID" ? "batchAlreadyPaid" : "batchNotExported");
    }
    const items = await tx.paymentItem.findMany({
      where: { batchId, status: "PENDING" },
      include: { ledgerEntry: { select: { offshoreClaimId: true, trainingClaimId: true, amountFen: true } } },
    });
    if (items.length === 0) throw new DomainError("emptyBatch");
    await tx.paymentItem.updateMany({ where: { batchId, status: "PENDING" }, data: { status: "PAID" } });

    const emails: EmailJob[] = [];
    const offshoreIds = [...new Set(items.map((i) => i.ledgerEntry.offshoreClaimId).filter((x): x is string => !!x))];
    const trainingIds = [...new Set(items.map((i) => i.ledgerEntry.trainingClaimId).filter((x): x is string => !!x))];
    for (const [kind, ids] of [["OFFSHORE", offshoreIds], ["TRAINING", trainingIds]] as const) {
      const claims = claimKind(kind);
      for (const claimId of ids) {
        const link = claims.link(claimId);
        // Still unpaid: a live grant of the claim without a paid item.
        const unpaid = await tx.ledgerEntry.count({
          where: { ...link, grantKey: { not: null }, reversedBy: { is: null }, paymentItems: { none: { status: "PAID" } } },
        });
        if (unpaid > 0) continue;
        // A claim with an item already clawed back stays CLAWED_BACK when its last grant is paid;
        // the UPDATE is conditional on the version read, so a claw-back at the same moment wins.
        const head = await claims.loadHead(tx, claimId);
        if (!head || !(await claims.update(tx, head, fromStatuses("markPaid", kind), { status: targetStatus("markPaid") }))) continue;
        const paidFen = await tx.ledgerEntry.aggregate({ where: { ...link, grantKey: { not: null } }, _sum: { amountFen: true } });
        emails.push(...(await notifyOrganisation(tx, head.organisationId, "claimPaid", { claimNo: head.claimNo, amount: formatFen(paidFen._sum.amountFen ?? 0) })));
      }
    }
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "payment-batch.paid",
      targetType: "PaymentBatch",
      targetId: batchId,
      result: "success",
      details: { items: items.length, bankReference, valueDate },
    });
    return { paidItems: items.length, emails };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs markPaymentBatchPaid. */
export async function markPaymentBatchPaidFromInput(prisma: PrismaClient, reviewer: Reviewer, input: MarkPaymentBatchPaidInput, now?: Date) {
  return markPaymentBatchPaid(prisma, reviewer, markPaymentBatchPaidSchema.parse(input), now);
}
