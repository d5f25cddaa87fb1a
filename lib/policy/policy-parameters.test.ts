import { describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS } from "@/lib/eligibility";
import { diffPolicyParameters, parametersOf, POLICY_PARAMETERS } from "./policy-parameters";

const current = BUILT_IN_POLICY_VERSIONS.at(-1)!;

describe("policy parameters", () => {
  it("lists every numeric parameter of a version exactly once", () => {
    const numeric = Object.entries(current).filter(([, v]) => typeof v === "number").map(([k]) => k).sort();
    expect(POLICY_PARAMETERS.map((p) => p.key).sort()).toEqual(numeric);
  });

  it("diffs only what changed, in the list's order", () => {
    const after = { ...parametersOf(current), offshoreFenPerUsd: 25, noticePeriodWorkingDays: 7 };
    expect(diffPolicyParameters(parametersOf(current), after)).toEqual([
      { key: "offshoreFenPerUsd", before: 20, after: 25 },
      { key: "noticePeriodWorkingDays", before: 5, after: 7 },
    ]);
    expect(diffPolicyParameters(current, current)).toEqual([]);
  });

  it("copies the parameters and nothing else", () => {
    expect(Object.keys(parametersOf(current))).toHaveLength(POLICY_PARAMETERS.length);
    expect(parametersOf(current)).not.toHaveProperty("id");
  });
});
