import { describe, it, expect } from "vitest";
import { evaluateTrainingSubsidy } from "./training-subsidy";
import { EligibilityInputError, NoPolicyInForceError } from "./errors";
import { BUILT_IN_POLICY_VERSIONS } from "./policy-versions";
import type { TrainingReasonCode, TrainingSubsidyInput } from "./types";

const BASE: TrainingSubsidyInput = {
  isCollegeStudent: true,
  trainingStart: "2024-01-15",
  trainingEnd: "2024-05-15",
  passedExam: true,
  certificateNo: "NCSO-2024-0001",
  contractSignedOn: "2024-05-20",
  contractStart: "2024-06-01",
  contractEnd: "2025-06-30",
  employerIsServiceOutsourcing: true,
  employerInNanchang: true,
  alreadySubsidised: false,
};

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
  it.each<[string, Partial<TrainingSubsidyInput>, TrainingReasonCode[]]>([
    // training: end strictly after start + 3 calendar months
    ["training ends exactly start + 3 months", { trainingStart: "2024-01-15", trainingEnd: "2024-04-15" }, ["TRAINING_DURATION"]],
    ["training ends one day later", { trainingStart: "2024-01-15", trainingEnd: "2024-04-16" }, []],
    ["31 Jan + 3 months = 30 Apr: 30 Apr fails", { trainingStart: "2024-01-31", trainingEnd: "2024-04-30" }, ["TRAINING_DURATION"]],
    ["31 Jan + 3 months = 30 Apr: 1 May passes", { trainingStart: "2024-01-31", trainingEnd: "2024-05-01" }, []],
    ["30 Nov 2023 + 3 months = 29 Feb 2024 (leap): fails", { trainingStart: "2023-11-30", trainingEnd: "2024-02-29", contractSignedOn: "2024-03-01" }, ["TRAINING_DURATION"]],
    ["30 Nov 2023 + 3 months: 1 Mar 2024 passes", { trainingStart: "2023-11-30", trainingEnd: "2024-03-01", contractSignedOn: "2024-03-01" }, []],
    ["30 Nov 2022 + 3 months = 28 Feb 2023: 1 Mar passes", { trainingStart: "2022-11-30", trainingEnd: "2023-03-01", contractSignedOn: "2023-03-01" }, []],
    ["training of one day", { trainingStart: "2024-01-15", trainingEnd: "2024-01-15" }, ["TRAINING_DURATION"]],
    ["training ends before it starts", { trainingStart: "2024-01-15", trainingEnd: "2024-01-14" }, ["TRAINING_DURATION"]],
    // contract: end strictly after start + 12 calendar months
    ["contract ends exactly start + 1 year", { contractStart: "2024-06-01", contractEnd: "2025-06-01" }, ["CONTRACT_TERM"]],
    ["contract ends one day later", { contractStart: "2024-06-01", contractEnd: "2025-06-02" }, []],
    ["29 Feb 2024 + 1 year = 28 Feb 2025: fails", { contractStart: "2024-02-29", contractEnd: "2025-02-28", contractSignedOn: "2024-02-20", trainingStart: "2023-10-01", trainingEnd: "2024-02-01" }, ["CONTRACT_TERM"]],
    ["29 Feb 2024 + 1 year: 1 Mar 2025 passes", { contractStart: "2024-02-29", contractEnd: "2025-03-01", contractSignedOn: "2024-02-20", trainingStart: "2023-10-01", trainingEnd: "2024-02-01" }, []],
    ["contract ends before it starts", { contractStart: "2024-06-01", contractEnd: "2024-05-31" }, ["CONTRACT_TERM"]],
    // signed on or after the day the training started (order-based training signs on the first day)
    ["signed on the training start day", { contractSignedOn: "2024-01-15" }, []],
    ["signed the day before the training started", { contractSignedOn: "2024-01-14" }, ["CONTRACT_AFTER_TRAINING"]],
    ["signed the day after the training started", { contractSignedOn: "2024-01-16" }, []],
    ["signed before the training", { contractSignedOn: "2023-12-31" }, ["CONTRACT_AFTER_TRAINING"]],
    // exam and certificate
    ["exam failed", { passedExam: false }, ["EXAM_CERTIFICATE"]],
    ["no certificate", { certificateNo: null }, ["EXAM_CERTIFICATE"]],
    ["blank certificate number", { certificateNo: "   " }, ["EXAM_CERTIFICATE"]],
    ["empty certificate number", { certificateNo: "" }, ["EXAM_CERTIFICATE"]],
    // the others
    ["not a college student", { isCollegeStudent: false }, ["COLLEGE_STUDENT"]],
    ["employer not in service outsourcing", { employerIsServiceOutsourcing: false }, ["EMPLOYER_SERVICE_OUTSOURCING"]],
    ["employer elsewhere is fine", { employerInNanchang: false }, []],
    ["already subsidised", { alreadySubsidised: true }, ["DUPLICATE_PERSON"]],
    // several at once
    [
      "three failures at once",
      { isCollegeStudent: false, trainingEnd: "2024-04-15", alreadySubsidised: true },
      ["COLLEGE_STUDENT", "TRAINING_DURATION", "DUPLICATE_PERSON"],
    ],
    [
      "every condition fails",
      {
        isCollegeStudent: false,
        trainingStart: "2024-01-15",
        trainingEnd: "2024-02-01",
        passedExam: false,
        certificateNo: null,
        contractSignedOn: "2024-01-10",
        contractStart: "2024-02-01",
        contractEnd: "2024-12-31",
        employerIsServiceOutsourcing: false,
        alreadySubsidised: true,
      },
      ["COLLEGE_STUDENT", "TRAINING_DURATION", "EXAM_CERTIFICATE", "CONTRACT_TERM", "CONTRACT_AFTER_TRAINING", "EMPLOYER_SERVICE_OUTSOURCING", "DUPLICATE_PERSON"],
    ],
  ])("%s", (_label, change, expected) => {
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
  it.each([
    ["2013-01-01", "nanchang-2013-policy-2.0"],
    ["2014-12-31", "nanchang-2013-policy-2.0"],
    ["2015-01-01", "nanchang-2015-implementation-opinions"],
  ])("signed %s -> %s", (signedOn, id) => {
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
  it.each<[keyof TrainingSubsidyInput | "input", unknown, string]>([
    ["trainingStart", "2023-02-29", "INVALID_DATE"],
    ["trainingEnd", "2024-13-01", "INVALID_DATE"],
    ["contractSignedOn", "2024-5-20", "INVALID_DATE"],
    ["contractStart", "", "INVALID_DATE"],
    ["contractEnd", undefined, "MISSING"],
    ["isCollegeStudent", "yes", "NOT_A_BOOLEAN"],
    ["passedExam", undefined, "MISSING"],
    ["certificateNo", undefined, "MISSING"],
    ["certificateNo", 12345, "NOT_A_STRING"],
    ["employerIsServiceOutsourcing", 1, "NOT_A_BOOLEAN"],
    ["employerInNanchang", null, "MISSING"],
    ["alreadySubsidised", "false", "NOT_A_BOOLEAN"],
  ])("%s = %j -> %s", (field, value, code) => {
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
