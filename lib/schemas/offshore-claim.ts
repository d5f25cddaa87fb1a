import { z } from "./z";
import { CLIENT_COUNTRIES } from "@/lib/offshore-claims/countries";
import { todayInChina } from "@/lib/eligibility";
import { SERVICE_CATEGORIES } from "@/lib/offshore-claims/service-categories";
import { moneyField, pastOrTodayDateField } from "./money";
import { recordVersionField, requiredText } from "./fields";

/** The first claim year with a policy in force (policy 2.0 of 2013). */
export const FIRST_CLAIM_YEAR = 2013;

const version = recordVersionField;

const offshoreLineShape = {
    /** Set for a line already saved: the save updates that row in place (evidence and comments stay linked). */
    id: z.optional(
      z.pipe(
        z.transform((value: unknown) => (value === "" || value === null ? undefined : value)),
        z.optional(z.uuid()),
      ),
    ),
    contractRegNo: requiredText(50).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9\-_/]*$/, "contractRegNo")),
    clientName: requiredText(200),
    clientCountry: z.string().check(z.refine((code) => CLIENT_COUNTRIES.includes(code), "country")),
    serviceCategory: z.enum(SERVICE_CATEGORIES, "required"),
    contractValueUsd: moneyField,
    executedUsd: moneyField,
    fxReceiptDate: pastOrTodayDateField,
};

const executedWithinContract = z.superRefine((line: { executedUsd: number; contractValueUsd: number }, ctx) => {
  if (line.executedUsd > line.contractValueUsd) {
    ctx.addIssue({ code: "custom", path: ["executedUsd"], message: "executedAboveContract" });
  }
});

export const offshoreLineSchema = z.object(offshoreLineShape).check(executedWithinContract);

export const claimYearField = z.coerce
  .number("required")
  .check(
    z.int("claimYear"),
    z.gte(FIRST_CLAIM_YEAR, "claimYearTooEarly"),
    z.refine((year) => year <= Number(todayInChina().slice(0, 4)), "claimYearInFuture"),
  );

function offshoreDraftShape(line: typeof offshoreLineSchema) {
  return {
    claimId: z.optional(z.uuid()),
    /** The version the form was loaded at: a save from a stale tab is refused, not merged. */
    version: z.optional(version),
    claimYear: claimYearField,
    onshoreUsd: moneyField,
    lines: z.array(line).check(z.maxLength(500, "tooManyLines")),
  };
}

const contractRegNosDistinct = z.superRefine((draft: { lines: Array<{ contractRegNo: string }> }, ctx) => {
  const seen = new Map<string, number>();
  draft.lines.forEach((line, index) => {
    const key = line.contractRegNo.toUpperCase();
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: ["lines", index, "contractRegNo"], message: "contractRegNoDuplicate" });
    }
    seen.set(key, index);
  });
});

export const offshoreDraftSchema = z.object(offshoreDraftShape(offshoreLineSchema)).check(contractRegNosDistinct);

/**
 * The same draft for the API with a key (POST /api/v1/offshore-claims): the same fields and
 * checks, but an unknown field is refused rather than dropped (a script's typo must not pass as
 * an empty value).
 */
export const offshoreDraftApiSchema = z
  .strictObject(offshoreDraftShape(z.strictObject(offshoreLineShape).check(executedWithinContract) as unknown as typeof offshoreLineSchema))
  .check(contractRegNosDistinct);

export const submitOffshoreClaimSchema = z.object({
  claimId: z.uuid(),
  version,
  declaration: z.literal(true, "declarationRequired"),
  /** Made by the form when it loads: a double click or a retry sends the same key. */
  submissionKey: z.uuid(),
});

export const withdrawOffshoreClaimSchema = z.object({
  claimId: z.uuid(),
  version,
});

export type OffshoreDraftInput = z.input<typeof offshoreDraftSchema>;
export type OffshoreDraft = z.output<typeof offshoreDraftSchema>;
export type OffshoreLineInput = z.input<typeof offshoreLineSchema>;
export type SubmitOffshoreClaimInput = z.input<typeof submitOffshoreClaimSchema>;
export type WithdrawOffshoreClaimInput = z.input<typeof withdrawOffshoreClaimSchema>;
