import { describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS, DEFAULT_VERIFICATION_PARAMETERS } from "@/lib/eligibility";
import { DEFAULT_VERIFICATION, verificationParametersForYear } from "./verification-parameters";
import { DEFAULT_RISK_THRESHOLDS } from "./risk-signals";
import { DEFAULT_TOLERANCE_BASIS_POINTS } from "./reconcile-offshore-claim";

describe("the verification parameters of a claim year", () => {
  const [v2013, v2015] = BUILT_IN_POLICY_VERSIONS;
  const raised = { ...v2015!, id: "raised", effectiveFrom: "2025-01-01", riskSharedClientClaimants: 5, reconciliationToleranceBasisPoints: 250 };
  const versions = [v2013!, { ...v2015!, effectiveTo: "2024-12-31" }, raised];

  it("are the built-in versions' defaults: today's values", () => {
    expect(DEFAULT_VERIFICATION).toEqual({ riskThresholds: DEFAULT_RISK_THRESHOLDS, toleranceBasisPoints: 100 });
    expect(DEFAULT_TOLERANCE_BASIS_POINTS).toBe(DEFAULT_VERIFICATION_PARAMETERS.reconciliationToleranceBasisPoints);
    expect(verificationParametersForYear(BUILT_IN_POLICY_VERSIONS, 2024)).toEqual(DEFAULT_VERIFICATION);
  });

  it("come from the version in force on 1 January of the claim year", () => {
    expect(verificationParametersForYear(versions, 2024)).toEqual(DEFAULT_VERIFICATION);
    expect(verificationParametersForYear(versions, 2025)).toMatchObject({ riskThresholds: { sharedClientClaimants: 5 }, toleranceBasisPoints: 250 });
  });

  it("fall back to the defaults for a year no version covers (they inform; they must not fail a page)", () => {
    expect(verificationParametersForYear(versions, 2010)).toEqual(DEFAULT_VERIFICATION);
    expect(verificationParametersForYear([], 2024)).toEqual(DEFAULT_VERIFICATION);
  });
});
