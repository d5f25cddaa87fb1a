"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { withRefusal } from "@/lib/training-claims/with-refusal";
import {
  createTrainingClaimSchema,
  removeTrainingClaimLineSchema,
  submitTrainingClaimSchema,
  trainingClaimLineSchema,
  withdrawTrainingClaimSchema,
} from "@/lib/schemas/training-claim";
import { addTrainingClaimLinesSchema } from "@/lib/schemas/training-claim-bulk";
import { addTrainingClaimLine } from "@/lib/training-claims/add-training-claim-line";
import { addTrainingClaimLines } from "@/lib/training-claims/add-training-claim-lines";
import { createTrainingClaim } from "@/lib/training-claims/create-training-claim";
import { removeTrainingClaimLine } from "@/lib/training-claims/remove-training-claim-line";
import { submitTrainingClaim } from "@/lib/training-claims/submit-training-claim";
import { withdrawTrainingClaim } from "@/lib/training-claims/withdraw-training-claim";

const actorOf = (user: { id: string; role: string; organisationId: string | null }) => ({ id: user.id, role: user.role, organisationId: user.organisationId! });

export const createTrainingClaimAction = authedAction(["INSTITUTION_MEMBER"], createTrainingClaimSchema, async (input, { user }) => {
  const claim = await createTrainingClaim(getPrisma(), actorOf(user), input);
  revalidatePath("/institution/claims");
  return { claimId: claim.id };
});

export const addTrainingClaimLineAction = authedAction(["INSTITUTION_MEMBER"], trainingClaimLineSchema, async (input, { user }) => {
  const { refusal } = await withRefusal(() => addTrainingClaimLine(getPrisma(), actorOf(user), input));
  revalidatePath(`/institution/claims/${input.claimId}`);
  return { refusal };
});

export const removeTrainingClaimLineAction = authedAction(["INSTITUTION_MEMBER"], removeTrainingClaimLineSchema, async (input, { user }) => {
  await removeTrainingClaimLine(getPrisma(), actorOf(user), input);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return undefined;
});

export const submitTrainingClaimAction = authedAction(["INSTITUTION_MEMBER"], submitTrainingClaimSchema, async (input, { user }) => {
  const { refusal, result } = await withRefusal(() => submitTrainingClaim(getPrisma(), actorOf(user), input));
  if (result) await sendQueuedEmails(result.emails);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return { refusal };
});

export const withdrawTrainingClaimAction = authedAction(["INSTITUTION_MEMBER"], withdrawTrainingClaimSchema, async (input, { user }) => {
  await withdrawTrainingClaim(getPrisma(), actorOf(user), input);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return undefined;
});

export const addTrainingClaimLinesAction = authedAction(["INSTITUTION_MEMBER"], addTrainingClaimLinesSchema, async (input, { user }) => {
  const outcome = await addTrainingClaimLines(getPrisma(), actorOf(user), input);
  if (outcome.added > 0) revalidatePath(`/institution/claims/${input.claimId}`);
  // Only what the form shows: the names are the institution's own trainees; other claims appear by number only.
  return {
    added: outcome.added,
    refusals: outcome.refusals.map((r) => ({ traineeId: r.traineeId, name: r.name, code: r.code, claimNo: typeof r.params.claimNo === "string" ? r.params.claimNo : null })),
  };
});
