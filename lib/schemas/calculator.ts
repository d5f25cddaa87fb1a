import { z } from "./z";
import { isoDateField, moneyField } from "./money";

// The public calculator's two forms (app/calculator). What a person types (amounts in dollars and
// yuan, dates, ticks); the form turns it into the eligibility module's input in minor units.
// "" as policy version means "the version in force for these facts".

export const offshoreCalculatorSchema = z.object({
  claimYear: z.coerce.number("required").check(z.int("claimYear"), z.gte(1, "claimYear"), z.lte(9999, "claimYear")),
  offshoreUsd: moneyField,
  grantedRmb: moneyField,
  policyVersion: z.string(),
});

export const trainingCalculatorSchema = z.object({
  isCollegeStudent: z.boolean(),
  trainingStart: isoDateField,
  trainingEnd: isoDateField,
  passedExam: z.boolean(),
  certificateNo: z.string().check(z.maxLength(200, "tooLong")),
  contractSignedOn: isoDateField,
  contractStart: isoDateField,
  contractEnd: isoDateField,
  employerIsServiceOutsourcing: z.boolean(),
  employerInNanchang: z.boolean(),
  alreadySubsidised: z.boolean(),
  policyVersion: z.string(),
});

export type OffshoreCalculatorInput = z.input<typeof offshoreCalculatorSchema>;
export type TrainingCalculatorInput = z.input<typeof trainingCalculatorSchema>;
