import * as z from "zod/mini";

/** Adding several selected trainees to a claim at once (one transaction). */
export const addTrainingClaimLinesSchema = z.object({
  claimId: z.uuid(),
  version: z.coerce.number().check(z.int(), z.gte(0)),
  traineeIds: z.array(z.uuid()).check(z.minLength(1, "selectTrainees"), z.maxLength(1000, "tooMany")),
});

export type AddTrainingClaimLinesInput = z.input<typeof addTrainingClaimLinesSchema>;
