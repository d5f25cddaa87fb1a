"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { institutionAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { attachContractEvidence } from "@/lib/employment/attach-contract-evidence";
import { deleteEmploymentContract } from "@/lib/employment/delete-employment-contract";
import { recordEmploymentContract } from "@/lib/employment/record-employment-contract";
import { updateEmploymentContract } from "@/lib/employment/update-employment-contract";
import { DomainError } from "@/lib/errors/domain-error";
import { employmentContractSchema } from "@/lib/schemas/employment-contract";
import { traineeSchema, traineeUpdateSchema } from "@/lib/schemas/trainee";
import { trainingRecordSchema } from "@/lib/schemas/training";
import {
  employmentContractDeleteSchema,
  employmentContractUpdateSchema,
  trainingRecordDeleteSchema,
  trainingRecordUpdateSchema,
} from "@/lib/schemas/training-record-edit";
import { deleteTrainingRecord } from "@/lib/trainees/delete-training-record";
import { recordTraining } from "@/lib/trainees/record-training";
import { updateTrainingRecord } from "@/lib/trainees/update-training-record";
import { withRefusal } from "@/lib/training-claims/with-refusal";
import { registerTrainee } from "@/lib/trainees/register-trainee";
import { updateTrainee } from "@/lib/trainees/update-trainee";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

export const registerTraineeAction = institutionAction(traineeSchema, async (input, { actor }) => {
  const trainee = await registerTrainee(getPrisma(), actor, input);
  revalidatePath("/institution/trainees");
  return { traineeId: trainee.id };
});

export const updateTraineeAction = institutionAction(traineeUpdateSchema, async (input, { actor }) => {
  const { emails } = await updateTrainee(getPrisma(), actor, input);
  await sendQueuedEmails(emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

export const recordTrainingAction = institutionAction(trainingRecordSchema, async (input, { actor }) => {
  await recordTraining(getPrisma(), actor, input);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

export const recordContractAction = institutionAction(employmentContractSchema, async (input, { actor }) => {
  const contract = await recordEmploymentContract(getPrisma(), actor, input);
  await sendQueuedEmails(contract.emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

const uploadSchema = z.custom<FormData>((value) => value instanceof FormData);

export const uploadContractEvidenceAction = institutionAction(uploadSchema, async (form, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: actor.id });
  const contractId = String(form.get("contractId") ?? "");
  const file = form.get("file");
  // An empty file reaches the evidence module, which answers "the file is empty" at the field.
  if (!(file instanceof File)) throw new DomainError("fileRequired", "file");
  await attachContractEvidence(getPrisma(), actor, contractId, new Uint8Array(await file.arrayBuffer()));
  revalidatePath("/institution/trainees");
  return undefined;
});

// Editing and deleting facts: a refusal naming a claim comes back as data (withRefusal), so the
// form can name the claim number; validation and not-found go through the action client as usual.

export const updateTrainingAction = institutionAction(trainingRecordUpdateSchema, async (input, { actor }) => {
  const { refusal } = await withRefusal(() => updateTrainingRecord(getPrisma(), actor, input));
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return { refusal };
});

export const deleteTrainingAction = institutionAction(trainingRecordDeleteSchema, async (input, { actor }) => {
  const { refusal } = await withRefusal(() => deleteTrainingRecord(getPrisma(), actor, input));
  revalidatePath("/institution/trainees", "layout");
  return { refusal };
});

export const updateContractAction = institutionAction(employmentContractUpdateSchema, async (input, { actor }) => {
  const { refusal, result } = await withRefusal(() => updateEmploymentContract(getPrisma(), actor, input));
  if (result) await sendQueuedEmails(result.emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return { refusal };
});

export const deleteContractAction = institutionAction(employmentContractDeleteSchema, async (input, { actor }) => {
  const { refusal } = await withRefusal(() => deleteEmploymentContract(getPrisma(), actor, input));
  revalidatePath("/institution/trainees", "layout");
  return { refusal };
});
