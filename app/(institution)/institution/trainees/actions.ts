"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action-client";
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
import { deleteTrainingRecord } from "@/lib/training/delete-training-record";
import { recordTraining } from "@/lib/training/record-training";
import { updateTrainingRecord } from "@/lib/training/update-training-record";
import { withRefusal } from "@/lib/training-claims/with-refusal";
import { registerTrainee } from "@/lib/trainees/register-trainee";
import { updateTrainee } from "@/lib/trainees/update-trainee";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

const actorOf = (user: { id: string; role: string; organisationId: string | null }) => ({ id: user.id, role: user.role, organisationId: user.organisationId! });

export const registerTraineeAction = authedAction(["INSTITUTION_MEMBER"], traineeSchema, async (input, { user }) => {
  const trainee = await registerTrainee(getPrisma(), actorOf(user), input);
  revalidatePath("/institution/trainees");
  return { traineeId: trainee.id };
});

export const updateTraineeAction = authedAction(["INSTITUTION_MEMBER"], traineeUpdateSchema, async (input, { user }) => {
  const { emails } = await updateTrainee(getPrisma(), actorOf(user), input);
  await sendQueuedEmails(emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

export const recordTrainingAction = authedAction(["INSTITUTION_MEMBER"], trainingRecordSchema, async (input, { user }) => {
  await recordTraining(getPrisma(), actorOf(user), input);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

export const recordContractAction = authedAction(["INSTITUTION_MEMBER"], employmentContractSchema, async (input, { user }) => {
  const contract = await recordEmploymentContract(getPrisma(), actorOf(user), input);
  await sendQueuedEmails(contract.emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return undefined;
});

const uploadSchema = z.custom<FormData>((value) => value instanceof FormData);

export const uploadContractEvidenceAction = authedAction(["INSTITUTION_MEMBER"], uploadSchema, async (form, { user, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: user.id });
  const contractId = String(form.get("contractId") ?? "");
  const file = form.get("file");
  // An empty file reaches the evidence module, which answers "the file is empty" at the field.
  if (!(file instanceof File)) throw new DomainError("fileRequired", "file");
  await attachContractEvidence(getPrisma(), actorOf(user), contractId, new Uint8Array(await file.arrayBuffer()));
  revalidatePath("/institution/trainees");
  return undefined;
});

// Editing and deleting facts: a refusal naming a claim comes back as data (withRefusal), so the
// form can name the claim number; validation and not-found go through the action client as usual.

export const updateTrainingAction = authedAction(["INSTITUTION_MEMBER"], trainingRecordUpdateSchema, async (input, { user }) => {
  const { refusal } = await withRefusal(() => updateTrainingRecord(getPrisma(), actorOf(user), input));
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return { refusal };
});

export const deleteTrainingAction = authedAction(["INSTITUTION_MEMBER"], trainingRecordDeleteSchema, async (input, { user }) => {
  const { refusal } = await withRefusal(() => deleteTrainingRecord(getPrisma(), actorOf(user), input));
  revalidatePath("/institution/trainees", "layout");
  return { refusal };
});

export const updateContractAction = authedAction(["INSTITUTION_MEMBER"], employmentContractUpdateSchema, async (input, { user }) => {
  const { refusal, result } = await withRefusal(() => updateEmploymentContract(getPrisma(), actorOf(user), input));
  if (result) await sendQueuedEmails(result.emails);
  revalidatePath(`/institution/trainees/${input.traineeId}`);
  return { refusal };
});

export const deleteContractAction = authedAction(["INSTITUTION_MEMBER"], employmentContractDeleteSchema, async (input, { user }) => {
  const { refusal } = await withRefusal(() => deleteEmploymentContract(getPrisma(), actorOf(user), input));
  revalidatePath("/institution/trainees", "layout");
  return { refusal };
});
