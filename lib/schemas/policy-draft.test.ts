import { describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS } from "@/lib/eligibility";
import { parametersOf } from "@/lib/policy/policy-parameters";
import { draftFormValuesOf, policyDraftSchema, policyParametersFromDraft, type PolicyDraftInput } from "./policy-draft";

const current = BUILT_IN_POLICY_VERSIONS.at(-1)!;
const form: PolicyDraftInput = draftFormValuesOf({ ...current, revision: 1 });
const issuesOf = (input: PolicyDraftInput) => {
  const parsed = policyDraftSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the draft form's verification parameters (issue 18)", () => {
  it("shows shares in per cent and stores them in basis points, every parameter round-tripping", () => {
    expect(form).toMatchObject({ reconciliationTolerancePercent: "1.00", riskRoundAmountSharePercent: "80.00", riskJustUnderFourEyesPercent: "5.00", riskRoundUnitUsd: "10000.00", riskSharedClientClaimants: 3 });
    expect(policyParametersFromDraft(policyDraftSchema.parse(form))).toEqual(parametersOf(current));
    const edited = policyParametersFromDraft(policyDraftSchema.parse({ ...form, reconciliationTolerancePercent: "2.5", riskRoundAmountSharePercent: "75", riskConfirmationBurstMinutes: "10" }));
    expect(edited).toMatchObject({ reconciliationToleranceBasisPoints: 250, riskRoundAmountShareBasisPoints: 7_500, riskConfirmationBurstMinutes: 10 });
  });

  it("allows a zero tolerance and a zero margin (exact match; the signal off)", () => {
    expect(issuesOf({ ...form, reconciliationTolerancePercent: "0", riskJustUnderFourEyesPercent: "0" })).toEqual({});
  });

  it("refuses each bad value next to its field", () => {
    expect(
      issuesOf({
        ...form,
        reconciliationTolerancePercent: "100.01",
        riskSharedClientClaimants: "1",
        riskRoundAmountMinLines: "0",
        riskRoundAmountSharePercent: "0",
        riskRoundUnitUsd: "-5",
        riskJustUnderFourEyesPercent: "abc",
        riskConfirmationBurstCount: "2.5",
        riskConfirmationBurstMinutes: "1441",
      }),
    ).toEqual({
      reconciliationTolerancePercent: "policyPercentAtMost100",
      riskSharedClientClaimants: expect.stringContaining("policyAtLeast"),
      riskRoundAmountMinLines: "policyPositive",
      riskRoundAmountSharePercent: "policyPositive",
      riskRoundUnitUsd: "policyNegative",
      riskJustUnderFourEyesPercent: "money",
      riskConfirmationBurstCount: "policyWholeNumber",
      riskConfirmationBurstMinutes: expect.stringContaining("policyAtMost"),
    });
  });
});
