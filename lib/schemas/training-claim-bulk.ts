import { z } from "./z";
import { recordVersionField } from "./fields";

/** Adding several selected trainees to a claim at once (one transaction). */
export const addTrainingClaimLinesSchema = z.object({
  claimId: z.uuid(),
  version: recordVersionField,
  traineeIds: z.array(z.uuid()).check(z.minLength(1, "selectTrainees"), z.maxLength(1000, "tooMany")),
});

export type AddTrainingClaimLinesInput = z.input<typeof addTrainingClaimLinesSchema>;
