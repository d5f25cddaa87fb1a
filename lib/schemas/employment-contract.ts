import { z } from "./z";
import { isValidCreditCode, normaliseCreditCode } from "@/lib/eligibility";
import { isoDateField } from "./money";

export const EMPLOYER_KINDS = ["REGISTERED", "OUTSIDE"] as const;

const optionalString = z.pipe(
  z.optional(z.string().check(z.trim(), z.maxLength(200, "tooLong"))),
  z.transform((v: string | undefined) => (v ? v : undefined)),
);

const uuid = z.uuid();

/**
 * A labour contract. The employer is either a registered enterprise (picked from the portal's
 * list) or an outside employer named by credit code; whether it is in Nanchang is derived by the
 * server, never sent by the form. A Nanchang credit code must be a registered enterprise (policy).
 * A contract signed before the training started is accepted here: the eligibility module reports
 * CONTRACT_AFTER_TRAINING as failed, so the institution sees why the trainee cannot be claimed.
 */
export const employmentContractSchema = z
  .object({
    traineeId: z.uuid(),
    employerKind: z.enum(EMPLOYER_KINDS, "required"),
    employerOrganisationId: optionalString,
    outsideEmployerName: optionalString,
    outsideEmployerCreditCode: optionalString,
    outsideEmployerCity: optionalString,
    employerIsServiceOutsourcing: z._default(z.boolean(), true),
    signedOn: isoDateField,
    startDate: isoDateField,
    endDate: isoDateField,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.endDate <= value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
      if (value.signedOn > value.startDate) ctx.addIssue({ code: "custom", path: ["signedOn"], message: "signedAfterStart" });
      if (value.employerKind === "REGISTERED") {
        if (!value.employerOrganisationId || !uuid.safeParse(value.employerOrganisationId).success) {
          ctx.addIssue({ code: "custom", path: ["employerOrganisationId"], message: "required" });
        }
        return;
      }
      if (!value.outsideEmployerName) ctx.addIssue({ code: "custom", path: ["outsideEmployerName"], message: "required" });
      if (!value.outsideEmployerCity) ctx.addIssue({ code: "custom", path: ["outsideEmployerCity"], message: "required" });
      const code = value.outsideEmployerCreditCode ? normaliseCreditCode(value.outsideEmployerCreditCode) : "";
      if (!code) ctx.addIssue({ code: "custom", path: ["outsideEmployerCreditCode"], message: "required" });
      else if (!isValidCreditCode(code)) ctx.addIssue({ code: "custom", path: ["outsideEmployerCreditCode"], message: "creditCode" });
      // A code of the institution's own city must be the registered enterprise: decided on the
      // server, which knows the city (lib/employment/resolve-employer.ts).
    }),
  );

export type EmploymentContractInput = z.input<typeof employmentContractSchema>;
export type EmploymentContractData = z.output<typeof employmentContractSchema>;


export const EMPLOYMENT_DECISIONS = ["CONFIRM", "DISPUTE"] as const;
/** The employer's answer; a dispute needs a reason the institution can act on. */
export const employmentDecisionSchema = z
  .object({
    contractId: z.uuid(),
    decision: z.enum(EMPLOYMENT_DECISIONS),
    reason: optionalString,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.decision === "DISPUTE" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "disputeReasonRequired" });
    }),
  );
export type EmploymentDecisionInput = z.input<typeof employmentDecisionSchema>;
