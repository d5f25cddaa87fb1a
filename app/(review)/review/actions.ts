"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action-client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { recordObjection, recordObjectionSchema } from "@/lib/notice/record-objection";
import { resolveObjection, resolveObjectionSchema } from "@/lib/notice/resolve-objection";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { clawBackPayment } from "@/lib/payments/claw-back-payment";
import { confirmBankAccountChange, confirmBankAccountChangeSchema } from "@/lib/payments/confirm-bank-account-change";
import { createPaymentBatch } from "@/lib/payments/create-payment-batch";
import { markPaymentBatchPaid } from "@/lib/payments/mark-payment-batch-paid";
import { markPaymentItemFailed, paymentItemReasonSchema } from "@/lib/payments/mark-payment-item-failed";
import { approveClaim } from "@/lib/review/approve-claim";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { declareConflict } from "@/lib/review/declare-conflict";
import { rejectClaim } from "@/lib/review/reject-claim";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { approveClaimSchema, claimRefSchema, declareConflictSchema, rejectClaimSchema, requestChangesSchema } from "@/lib/review/review-schemas";
import type { Reviewer } from "@/lib/review/reviewer";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

const reviewerOf = (user: CurrentUser): Reviewer => ({ id: user.id, role: user.role, canReleasePayments: user.canReleasePayments });
const claimPath = (kind: string, id: string) => `/review/claims/${kind.toLowerCase()}/${id}`;

export const assignClaimAction = authedAction(["REVIEWER"], claimRefSchema, async (input, { user }) => {
  await assignClaimToReviewer(getPrisma(), reviewerOf(user), input);
  revalidatePath("/review");
  return undefined;
});

export const approveClaimAction = authedAction(["REVIEWER"], approveClaimSchema, async (input, { user }) => {
  const outcome = await approveClaim(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return { status: outcome.status, amountFen: outcome.amountFen };
});

export const secondApproveClaimAction = authedAction(["REVIEWER"], approveClaimSchema, async (input, { user }) => {
  const outcome = await secondApproveClaim(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return { amountFen: outcome.amountFen };
});

export const rejectClaimAction = authedAction(["REVIEWER"], rejectClaimSchema, async (input, { user }) => {
  const outcome = await rejectClaim(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return undefined;
});

export const requestChangesAction = authedAction(["REVIEWER"], requestChangesSchema, async (input, { user }) => {
  const outcome = await requestClaimChanges(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(claimPath(input.kind, input.claimId));
  return undefined;
});

export const declareConflictAction = authedAction(["REVIEWER"], declareConflictSchema, async (input, { user }) => {
  await declareConflict(getPrisma(), reviewerOf(user), input);
  revalidatePath("/review/conflicts");
  return undefined;
});

export const recordObjectionAction = authedAction(["REVIEWER"], recordObjectionSchema, async (input, { user, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "objection", { address: ipAddress, accountId: user.id });
  const outcome = await recordObjection(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath("/review/notice");
  return undefined;
});

export const resolveObjectionAction = authedAction(["REVIEWER"], resolveObjectionSchema, async (input, { user }) => {
  await resolveObjection(getPrisma(), reviewerOf(user), input);
  revalidatePath("/review/notice");
  return undefined;
});

export const createPaymentBatchAction = authedAction(["REVIEWER"], z.object({}), async (_input, { user }) => {
  const batch = await createPaymentBatch(getPrisma(), reviewerOf(user));
  revalidatePath("/review/payments");
  return { batchId: batch.id };
});

const batchIdSchema = z.object({ batchId: z.uuid() });

export const markPaymentBatchPaidAction = authedAction(["REVIEWER"], batchIdSchema, async (input, { user }) => {
  const outcome = await markPaymentBatchPaid(getPrisma(), reviewerOf(user), input.batchId);
  await sendQueuedEmails(outcome.emails);
  revalidatePath(`/review/payments/${input.batchId}`);
  return undefined;
});

export const markPaymentItemFailedAction = authedAction(["REVIEWER"], paymentItemReasonSchema, async (input, { user }) => {
  await markPaymentItemFailed(getPrisma(), reviewerOf(user), input);
  revalidatePath("/review/payments");
  return undefined;
});

export const clawBackPaymentAction = authedAction(["REVIEWER"], paymentItemReasonSchema, async (input, { user }) => {
  await clawBackPayment(getPrisma(), reviewerOf(user), input);
  revalidatePath("/review/payments");
  return undefined;
});

export const confirmBankAccountChangeAction = authedAction(["REVIEWER"], confirmBankAccountChangeSchema, async (input, { user }) => {
  const outcome = await confirmBankAccountChange(getPrisma(), reviewerOf(user), input);
  await sendQueuedEmails(outcome.emails);
  revalidatePath("/review/payments");
  return undefined;
});
