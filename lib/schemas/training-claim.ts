import { z } from "./z";
import { recordVersionField } from "./fields";

const version = recordVersionField;

export const createTrainingClaimSchema = z.object({
  claimYear: z.coerce.number().check(z.int(), z.gte(2013, "claimYear"), z.lte(2100, "claimYear")),
});

export const trainingClaimLineSchema = z.object({
  claimId: z.uuid(),
  version,
  traineeId: z.uuid(),
});

export const removeTrainingClaimLineSchema = z.object({
  claimId: z.uuid(),
  version,
  lineId: z.uuid(),
});

export const submitTrainingClaimSchema = z.object({
  claimId: z.uuid(),
  version,
  declaration: z.literal(true, "declarationRequired"),
  /** Made by the form when it loads: a double click or a retry sends the same key. */
  submissionKey: z.uuid(),
});

export const withdrawTrainingClaimSchema = z.object({
  claimId: z.uuid(),
  version,
});

export type CreateTrainingClaimInput = z.input<typeof createTrainingClaimSchema>;
export type TrainingClaimLineInput = z.input<typeof trainingClaimLineSchema>;
export type RemoveTrainingClaimLineInput = z.input<typeof removeTrainingClaimLineSchema>;
export type SubmitTrainingClaimInput = z.input<typeof submitTrainingClaimSchema>;
export type WithdrawTrainingClaimInput = z.input<typeof withdrawTrainingClaimSchema>;
