import { describe, it, expect } from "vitest";
import * as eligibility from "./index";

describe("public surface", () => {
  it("exports what the issue's contract names", () => {
    for (const name of [
      "evaluateOffshoreIncentive",
      "evaluateTrainingSubsidy",
      "explainCalculation",
      "explainReason",
      "formatFen",
      "formatUsdCents",
      "parseMoneyToMinor",
      "addCalendarMonths",
      "policyVersionFromRow",
      "sumExecutedUsdCents",
      "isValidCreditCode",
      "isValidResidentId",
      "isNanchangCreditCode",
      "maskResidentId",
      "makeCreditCode",
      "makeResidentId",
      "EligibilityInputError",
      "NoPolicyInForceError",
    ] as const) {
      expect(typeof eligibility[name], name).toBe("function");
    }
    expect(eligibility.BUILT_IN_POLICY_VERSIONS).toHaveLength(2);
  });

  it("throws errors that carry the field", () => {
    try {
      eligibility.evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(eligibility.EligibilityInputError);
      expect(error).toBeInstanceOf(Error);
      expect((error as eligibility.EligibilityInputError).field).toBe("offshoreUsdCents");
      expect((error as eligibility.EligibilityInputError).messageKey).toBe("errors.NEGATIVE");
      expect(eligibility.renderMessage((error as eligibility.EligibilityInputError).messageKey, (error as eligibility.EligibilityInputError).messageParams, "en")).toBe(
        "offshoreUsdCents must not be negative",
      );
    }
  });
});
