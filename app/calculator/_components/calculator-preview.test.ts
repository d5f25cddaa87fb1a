import { describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS, evaluateOffshoreIncentive, evaluateTrainingSubsidy } from "@/lib/eligibility";
import { BASE } from "@/lib/eligibility/test-cases";
import { preview as offshorePreview } from "./offshore-calculator";
import { preview as trainingPreview } from "./training-calculator";
import { offshoreCalculatorSchema, trainingCalculatorSchema } from "@/lib/schemas/calculator";

const versions = [...BUILT_IN_POLICY_VERSIONS];

describe("the calculator's live result", () => {
  it("is the module's answer for what a person types (dollars and yuan, grouped)", () => {
    const shown = offshorePreview({ claimYear: "2016", offshoreUsd: "1,234,567.00", grantedRmb: "0", policyVersion: "" }, versions, offshoreCalculatorSchema);
    expect(shown).toMatchObject({ kind: "A", result: evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: 123_456_700, grantedFenThisYear: 0 }) });
  });

  it("uses a chosen version instead of the one in force", () => {
    const shown = offshorePreview({ claimYear: "2016", offshoreUsd: "300000", grantedRmb: "0", policyVersion: "nanchang-2013-policy-2.0" }, versions, offshoreCalculatorSchema);
    expect(shown).toMatchObject({ kind: "A", policy: { id: "nanchang-2013-policy-2.0" } });
  });

  it("shows nothing while the form is incomplete, and the module's refusal before 2013", () => {
    expect(offshorePreview({ claimYear: "2016", offshoreUsd: "", grantedRmb: "0", policyVersion: "" }, versions, offshoreCalculatorSchema)).toBeNull();
    expect(offshorePreview({ claimYear: "2012", offshoreUsd: "1", grantedRmb: "0", policyVersion: "" }, versions, offshoreCalculatorSchema)).toMatchObject({ kind: "refused", error: { code: "NO_POLICY_IN_FORCE" } });
  });

  it("answers rule B as the module does, a blank certificate being none", () => {
    const typed = { ...BASE, certificateNo: BASE.certificateNo ?? "", policyVersion: "" };
    expect(trainingPreview(typed, versions, trainingCalculatorSchema)).toMatchObject({ kind: "B", result: evaluateTrainingSubsidy(BASE) });
    expect(trainingPreview({ ...typed, certificateNo: "  " }, versions, trainingCalculatorSchema)).toMatchObject({ result: evaluateTrainingSubsidy({ ...BASE, certificateNo: null }) });
  });
});
