import { describe, it, expect } from "vitest";
import { evaluateOffshoreIncentive } from "./offshore-incentive";
import { EligibilityInputError, NoPolicyInForceError } from "./errors";
import { BUILT_IN_POLICY_VERSIONS, policyVersionFromRow } from "./policy-versions";
import { explainCalculation } from "./explain";
import type { OffshoreIncentiveInput } from "./types";
import { CAP, OFFSHORE_BAD_INPUT_CASES, OFFSHORE_BOUNDARY_CASES, OFFSHORE_GOOD_INPUT, RMB, USD } from "./test-cases";


function passedByCode(input: OffshoreIncentiveInput) {
  const result = evaluateOffshoreIncentive(input);
  return Object.fromEntries(result.reasons.map((r) => [r.code, r.passed]));
}

describe("rule A boundary table", () => {
  it.each(OFFSHORE_BOUNDARY_CASES)("%s", (_label, offshoreUsdCents, grantedFenThisYear, eligible, entitlementFen, amountFen) => {
    const result = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents, grantedFenThisYear });
    expect(result).toMatchObject({ eligible, entitlementFen, amountFen, policyVersionId: "nanchang-2015-implementation-opinions" });
  });

  it("reports both conditions, passed or not, with value and parameter", () => {
    const result = evaluateOffshoreIncentive({ claimYear: 2014, offshoreUsdCents: USD(100_000), grantedFenThisYear: CAP });
    expect(result.policyVersionId).toBe("nanchang-2013-policy-2.0");
    expect(result.reasons).toEqual([
      {
        code: "OFFSHORE_THRESHOLD",
        passed: false,
        value: USD(100_000),
        parameter: USD(200_000),
        messageKey: "reasons.OFFSHORE_THRESHOLD.failed",
        messageParams: { value: "100,000.00", threshold: "200,000.00" },
      },
      {
        code: "ANNUAL_CAP",
        passed: false,
        value: CAP,
        parameter: CAP,
        messageKey: "reasons.ANNUAL_CAP.failed",
        messageParams: { granted: "500,000.00", cap: "500,000.00", remaining: "0.00" },
      },
    ]);
  });

  it("ANNUAL_CAP passes while anything is left under the cap", () => {
    expect(passedByCode({ claimYear: 2016, offshoreUsdCents: USD(3_000_000), grantedFenThisYear: CAP - 1 })).toEqual({
      OFFSHORE_THRESHOLD: true,
      ANNUAL_CAP: true,
    });
    expect(passedByCode({ claimYear: 2016, offshoreUsdCents: USD(3_000_000), grantedFenThisYear: CAP })).toEqual({
      OFFSHORE_THRESHOLD: true,
      ANNUAL_CAP: false,
    });
  });

  it("defaults earlier grants to zero", () => {
    const result = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: USD(2_500_000) + 5 });
    expect(result.amountFen).toBe(CAP);
  });

  it("is exact for the largest safe input", () => {
    const result = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: Number.MAX_SAFE_INTEGER });
    expect(result.entitlementFen).toBe(1_801_439_850_948_198);
    expect(result.amountFen).toBe(CAP);
  });
});

describe("policy choice", () => {
  it("has no policy before 2013", () => {
    expect(() => evaluateOffshoreIncentive({ claimYear: 2012, offshoreUsdCents: USD(1_000_000) })).toThrow(NoPolicyInForceError);
  });

  it("uses a version loaded from the table as given", () => {
    const [builtIn] = BUILT_IN_POLICY_VERSIONS;
    const raised = policyVersionFromRow({
      ...builtIn!,
      id: "raised",
      effectiveFrom: new Date("2013-01-01T00:00:00Z"),
      effectiveTo: null,
      offshoreThresholdUsdCents: 50_000_000n,
      offshoreFenPerUsd: 25,
    });
    const result = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: USD(400_000) }, raised);
    expect(result).toMatchObject({ eligible: false, policyVersionId: "raised" });
    const over = evaluateOffshoreIncentive({ claimYear: 2016, offshoreUsdCents: USD(600_000) }, raised);
    expect(over).toMatchObject({ eligible: true, entitlementFen: RMB(150_000), amountFen: RMB(150_000) });
    expect(explainCalculation(over, "en")).toBe("600,000.00 USD x 0.25 = 150,000.00 RMB; cap 500,000.00 RMB not reached");
  });
});

describe("bad input never produces an amount", () => {
  const good = OFFSHORE_GOOD_INPUT;
  it.each(OFFSHORE_BAD_INPUT_CASES)("%s: %j -> %s", (field, input, code) => {
    let thrown: unknown;
    try {
      evaluateOffshoreIncentive(input as OffshoreIncentiveInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EligibilityInputError);
    expect(thrown).toMatchObject({ field, code });
  });

  it("refuses an invalid policy passed in", () => {
    const [builtIn] = BUILT_IN_POLICY_VERSIONS;
    expect(() => evaluateOffshoreIncentive(good, { ...builtIn!, offshoreFenPerUsd: 0.2 })).toThrow(
      expect.objectContaining({ field: "policy.offshoreFenPerUsd" }),
    );
  });
});
