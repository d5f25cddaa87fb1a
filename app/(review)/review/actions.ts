"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reviewerAction } from "@/lib/actions/action-client";
import { CalendarYearMissingError } from "@/lib/calendar/calendar-year-missing-error";
import { getPrisma } from "@/lib/db";
import { recordObjection, recordObjectionSchema } from "@/lib/grants/public-notice/record-objection";
import { resolveObjection, resolveObjectionSchema } from "@/lib/grants/public-notice/resolve-objection";
import { dismissPublicObjection, dismissPublicObjectionSchema } from "@/lib/grants/public-notice/dismiss-public-objection";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { clawBackPayment } from "@/lib/grants/payments/claw-back-payment";
import { confirmBankAccountChange, confirmBankAccountChangeSchema } from "@/lib/grants/payments/confirm-bank-account-change";
import { createPaymentBatch } from "@/lib/grants/payments/create-payment-batch";
import { markPaymentBatchPaid } from "@/lib/grants/payments/mark-payment-batch-paid";
import { markPaymentBatchPaidSchema } from "@/lib/schemas/payment-batch";
import { markPaymentItemFailed, paymentItemReasonSchema } from "@/lib/grants/payments/mark-payment-item-failed";
import { approveClaim } from "@/lib/review/approve-claim";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { declareConflict } from "@/lib/review/declare-conflict";
import { rejectClaim } from "@/lib/review/reject-claim";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { approveClaimSchema, claimRefSchema, declareConflictSchema, rejectClaimSchema, requestChangesSchema } from "@/lib/review/review-schemas";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

const claimPath = (kind: string, id: string) => `/review/claims/${kind.toLowerCase()}/${id}`;

/** An approval refused for a missing calendar year still queues the administrators' mails about it. */
async function queueMailsOfRefusal(error: unknown): Promise<never> {
  if (error instanceof CalendarYearMissingError) await sendQueuedEmails(error.emails);
  throw error;
}

export const assignClaimAction = reviewerAction(claimRefSchema, async (input, { actor }) => {
  await assignClaimToReviewer(getPrisma(), actor, input);
  revalidatePath("/review");
  return undefined;
});

export const approveClaimAction = reviewerAction(approveClaimSchema, async (input, { actor }) => {
  const outcome = await approveClaim(getPrisma(), actor, input).catch(queueMailsOfRefusal);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return { status: outcome.status, amountFen: outcome.amountFen };
});

export const secondApproveClaimAction = reviewerAction(approveClaimSchema, async (input, { actor }) => {
  const outcome = await secondApproveClaim(getPrisma(), actor, input).catch(queueMailsOfRefusal);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return { amountFen: outcome.amountFen };
});

export const rejectClaimAction = reviewerAction(rejectClaimSchema, async (input, { actor }) => {
  const outcome = await rejectClaim(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return undefined;
});

export const requestChangesAction = reviewerAction(requestChangesSchema, async (input, { actor }) => {
  const outcome = await requestClaimChanges(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return undefined;
});

export const declareConflictAction = reviewerAction(declareConflictSchema, async (input, { actor }) => {
  await declareConflict(getPrisma(), actor, input);
  revalidatePath("/review/conflicts");
  return undefined;
});

export const recordObjectionAction = reviewerAction(recordObjectionSchema, async (input, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "objection", { address: ipAddress, accountId: actor.id });
  const outcome = await recordObjection(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath("/review/notice");
  return undefined;
});

export const resolveObjectionAction = reviewerAction(resolveObjectionSchema, async (input, { actor }) => {
  await resolveObjection(getPrisma(), actor, input);
  revalidatePath("/review/notice");
  return undefined;
});

export const dismissPublicObjectionAction = reviewerAction(dismissPublicObjectionSchema, async (input, { actor }) => {
  await dismissPublicObjection(getPrisma(), actor, input);
  revalidatePath("/review/notice");
  return undefined;
});

export const createPaymentBatchAction = reviewerAction(z.object({}), async (_input, { actor }) => {
  const batch = await createPaymentBatch(getPrisma(), actor);
  revalidatePath("/review/payments");
  return { batchId: batch.id };
});

export const markPaymentBatchPaidAction = reviewerAction(markPaymentBatchPaidSchema, async (input, { actor }) => {
  const outcome = await markPaymentBatchPaid(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(`/review/payments/${input.batchId}`);
  return undefined;
});

export const markPaymentItemFailedAction = reviewerAction(paymentItemReasonSchema, async (input, { actor }) => {
  await markPaymentItemFailed(getPrisma(), actor, input);
  revalidatePath("/review/payments");
  return undefined;
});

export const clawBackPaymentAction = reviewerAction(paymentItemReasonSchema, async (input, { actor }) => {
  const outcome = await clawBackPayment(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath("/review/payments");
  return undefined;
});

export const confirmBankAccountChangeAction = reviewerAction(confirmBankAccountChangeSchema, async (input, { actor }) => {
  const outcome = await confirmBankAccountChange(getPrisma(), actor, input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath("/review/payments");
  return undefined;
});
