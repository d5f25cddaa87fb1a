"use server";

import { revalidatePath } from "next/cache";
import { institutionAction } from "@/lib/actions/action-client";
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
import { refreshClaimRiskSignals } from "@/lib/verification/refresh-claim-risk-signals";

export const createTrainingClaimAction = institutionAction(createTrainingClaimSchema, async (input, { actor }) => {
  const claim = await createTrainingClaim(getPrisma(), actor, input);
  revalidatePath("/institution/claims");
  return { claimId: claim.id };
});

export const addTrainingClaimLineAction = institutionAction(trainingClaimLineSchema, async (input, { actor }) => {
  const { refusal } = await withRefusal(() => addTrainingClaimLine(getPrisma(), actor, input));
  revalidatePath(`/institution/claims/${input.claimId}`);
  return { refusal };
});

export const removeTrainingClaimLineAction = institutionAction(removeTrainingClaimLineSchema, async (input, { actor }) => {
  await removeTrainingClaimLine(getPrisma(), actor, input);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return undefined;
});

export const submitTrainingClaimAction = institutionAction(submitTrainingClaimSchema, async (input, { actor }) => {
  const { refusal, result } = await withRefusal(() => submitTrainingClaim(getPrisma(), actor, input));
  // For the review queue's "risk signals" filter (derived; the claim page computes them afresh).
  if (result) await refreshClaimRiskSignals(getPrisma(), actor.cityId, { trainingClaimIds: [input.claimId] });
  if (result) await sendQueuedEmails(result.emails);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return { refusal };
});

export const withdrawTrainingClaimAction = institutionAction(withdrawTrainingClaimSchema, async (input, { actor }) => {
  await withdrawTrainingClaim(getPrisma(), actor, input);
  revalidatePath(`/institution/claims/${input.claimId}`);
  return undefined;
});

export const addTrainingClaimLinesAction = institutionAction(addTrainingClaimLinesSchema, async (input, { actor }) => {
  const outcome = await addTrainingClaimLines(getPrisma(), actor, input);
  if (outcome.added > 0) revalidatePath(`/institution/claims/${input.claimId}`);
  // Only what the form shows: the names are the institution's own trainees; other claims appear by number only.
  return {
    added: outcome.added,
    refusals: outcome.refusals.map((r) => ({ traineeId: r.traineeId, name: r.name, code: r.code, claimNo: typeof r.params.claimNo === "string" ? r.params.claimNo : null })),
  };
});
