import { z } from "./z";
import { employmentContractSchema } from "./employment-contract";
import { trainingRecordSchema } from "./training";

/** Editing a training record (and its certificate): the same rules as recording one, plus which record. */
export const trainingRecordUpdateSchema = z.intersection(z.object({ trainingRecordId: z.uuid() }), trainingRecordSchema);
export const trainingRecordDeleteSchema = z.object({ trainingRecordId: z.uuid() });

/** Editing a labour contract: the same rules as recording one, plus which contract. */
export const employmentContractUpdateSchema = z.intersection(z.object({ contractId: z.uuid() }), employmentContractSchema);
export const employmentContractDeleteSchema = z.object({ contractId: z.uuid() });

export type TrainingRecordUpdateInput = z.input<typeof trainingRecordUpdateSchema>;
export type TrainingRecordDeleteInput = z.input<typeof trainingRecordDeleteSchema>;
export type EmploymentContractUpdateInput = z.input<typeof employmentContractUpdateSchema>;
export type EmploymentContractDeleteInput = z.input<typeof employmentContractDeleteSchema>;
