import { describe, it, expect } from "vitest";
import { evaluateTrainingSubsidy } from "./training-subsidy";
import { EligibilityInputError, NoPolicyInForceError } from "./errors";
import { BUILT_IN_POLICY_VERSIONS } from "./policy-versions";
import type { TrainingReasonCode, TrainingSubsidyInput } from "./types";
import { BASE, TRAINING_BAD_INPUT_CASES, TRAINING_BOUNDARY_CASES, TRAINING_POLICY_BY_SIGNING_DATE_CASES } from "./test-cases";


function failedCodes(input: Partial<TrainingSubsidyInput>): TrainingReasonCode[] {
  return evaluateTrainingSubsidy({ ...BASE, ...input })
    .reasons.filter((r) => !r.passed)
    .map((r) => r.code);
}

describe("rule B amounts", () => {
  it("pays the Nanchang rates for a Nanchang employer", () => {
    expect(evaluateTrainingSubsidy(BASE)).toMatchObject({
      eligible: true,
      traineeFen: 200_000,
      institutionFen: 150_000,
      policyVersionId: "nanchang-2015-implementation-opinions",
    });
  });

  it("pays the rates for elsewhere, and says which rate applied", () => {
    const result = evaluateTrainingSubsidy({ ...BASE, employerInNanchang: false });
    expect(result).toMatchObject({ eligible: true, traineeFen: 100_000, institutionFen: 50_000 });
    expect(result.reasons.find((r) => r.code === "EMPLOYER_SERVICE_OUTSOURCING")).toMatchObject({
      passed: true,
      value: { serviceOutsourcing: true, location: "ELSEWHERE" },
      parameter: { serviceOutsourcing: true, traineeFen: 100_000, institutionFen: 50_000 },
      messageKey: "reasons.EMPLOYER_SERVICE_OUTSOURCING.passedElsewhere",
    });
  });

  it("pays nothing when any condition fails", () => {
    const result = evaluateTrainingSubsidy({ ...BASE, alreadySubsidised: true });
    expect(result).toMatchObject({ eligible: false, traineeFen: 0, institutionFen: 0 });
  });

  it("reports every condition, in a stable order", () => {
    expect(evaluateTrainingSubsidy(BASE).reasons.map((r) => [r.code, r.passed])).toEqual([
      ["COLLEGE_STUDENT", true],
      ["TRAINING_DURATION", true],
      ["EXAM_CERTIFICATE", true],
      ["CONTRACT_TERM", true],
      ["CONTRACT_AFTER_TRAINING", true],
      ["EMPLOYER_SERVICE_OUTSOURCING", true],
      ["DUPLICATE_PERSON", true],
    ]);
  });
});

describe("rule B boundary table", () => {
  it.each(TRAINING_BOUNDARY_CASES)("%s", (_label, change, expected) => {
    expect(failedCodes(change)).toEqual(expected);
    const result = evaluateTrainingSubsidy({ ...BASE, ...change });
    expect(result.eligible).toBe(expected.length === 0);
    if (!result.eligible) expect([result.traineeFen, result.institutionFen]).toEqual([0, 0]);
  });

  it("explains the duration with the limit it compared against", () => {
    const reason = evaluateTrainingSubsidy({ ...BASE, trainingStart: "2024-01-31", trainingEnd: "2024-04-30" }).reasons[1];
    expect(reason).toEqual({
      code: "TRAINING_DURATION",
      passed: false,
      value: "2024-04-30",
      parameter: "2024-04-30",
      messageKey: "reasons.TRAINING_DURATION.failed",
      messageParams: { start: "2024-01-31", end: "2024-04-30", months: "3", limit: "2024-04-30" },
    });
  });

  it("marks an end before its start with its own message", () => {
    const reasons = evaluateTrainingSubsidy({ ...BASE, contractEnd: "2024-05-01" }).reasons;
    expect(reasons.find((r) => r.code === "CONTRACT_TERM")?.messageKey).toBe("reasons.CONTRACT_TERM.endBeforeStart");
  });

  it.each([
    [{ passedExam: false, certificateNo: "X1" }, "failedExam"],
    [{ passedExam: true, certificateNo: null }, "failedCertificate"],
    [{ passedExam: false, certificateNo: " " }, "failedBoth"],
  ])("names what is missing for the exam: %j", (change, outcome) => {
    const reason = evaluateTrainingSubsidy({ ...BASE, ...change }).reasons.find((r) => r.code === "EXAM_CERTIFICATE");
    expect(reason?.messageKey).toBe(`reasons.EXAM_CERTIFICATE.${outcome}`);
  });
});

describe("policy by signing date", () => {
  it.each(TRAINING_POLICY_BY_SIGNING_DATE_CASES)("signed %s -> %s", (signedOn, id) => {
    const result = evaluateTrainingSubsidy({
      ...BASE,
      trainingStart: "2012-09-01",
      trainingEnd: "2012-12-15",
      contractSignedOn: signedOn,
      contractStart: signedOn,
      contractEnd: "2030-01-01",
    });
    expect(result.policyVersionId).toBe(id);
  });

  it("has no policy for a contract signed before 2013", () => {
    const early = { ...BASE, trainingStart: "2012-01-01", contractSignedOn: "2012-12-31" };
    expect(() => evaluateTrainingSubsidy(early)).toThrow(NoPolicyInForceError);
    expect(() => evaluateTrainingSubsidy(early)).toThrow(expect.objectContaining({ field: "contractSignedOn" }));
  });

  it("uses a version passed in, e.g. a longer minimum training", () => {
    const [builtIn] = BUILT_IN_POLICY_VERSIONS;
    const sixMonths = { ...builtIn!, id: "six-months", trainingMinMonths: 6, traineeFenNanchang: 300_000 };
    const result = evaluateTrainingSubsidy(BASE, sixMonths);
    expect(result).toMatchObject({ eligible: false, policyVersionId: "six-months" });
    expect(evaluateTrainingSubsidy({ ...BASE, trainingEnd: "2024-07-16" }, sixMonths)).toMatchObject({
      eligible: true,
      traineeFen: 300_000,
    });
  });
});

describe("bad input", () => {
  it.each(TRAINING_BAD_INPUT_CASES)("%s = %j -> %s", (field, value, code) => {
    let thrown: unknown;
    try {
      evaluateTrainingSubsidy({ ...BASE, [field]: value } as TrainingSubsidyInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EligibilityInputError);
    expect(thrown).toMatchObject({ field, code });
  });

  it("refuses a missing input object", () => {
    expect(() => evaluateTrainingSubsidy(undefined as unknown as TrainingSubsidyInput)).toThrow(
      expect.objectContaining({ field: "input" }),
    );
  });

  it("refuses a start date whose limit passes year 9999", () => {
    expect(() =>
      evaluateTrainingSubsidy({ ...BASE, contractStart: "9999-06-01", contractEnd: "9999-12-31" }),
    ).toThrow(expect.objectContaining({ field: "contractStart", code: "OUT_OF_RANGE" }));
  });
});
