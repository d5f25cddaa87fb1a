import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { evaluateTrainingSubsidy } from "./training-subsidy";
import { addCalendarMonths } from "./calendar";
import type { TrainingSubsidyInput } from "./types";

const DAY = 86_400_000;
const dateBetween = (from: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => new Date(Date.parse(`${from}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10));
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const input: fc.Arbitrary<TrainingSubsidyInput> = fc
  .record({
    isCollegeStudent: fc.boolean(),
    trainingStart: dateBetween("2015-01-01", 3000),
    trainingDays: fc.integer({ min: -10, max: 200 }),
    passedExam: fc.boolean(),
    certificateNo: fc.option(fc.constantFrom("", " ", "C-1", "NCSO-2024-0001"), { nil: null }),
    signedAfterStart: fc.integer({ min: -10, max: 300 }),
    contractDelay: fc.integer({ min: -30, max: 60 }),
    contractDays: fc.integer({ min: -10, max: 800 }),
    employerIsServiceOutsourcing: fc.boolean(),
    employerInNanchang: fc.boolean(),
    alreadySubsidised: fc.boolean(),
  })
  .map((r) => {
    const contractSignedOn = plusDays(r.trainingStart, r.signedAfterStart);
    const contractStart = plusDays(contractSignedOn, r.contractDelay);
    return {
      isCollegeStudent: r.isCollegeStudent,
      trainingStart: r.trainingStart,
      trainingEnd: plusDays(r.trainingStart, r.trainingDays),
      passedExam: r.passedExam,
      certificateNo: r.certificateNo,
      contractSignedOn,
      contractStart,
      contractEnd: plusDays(contractStart, r.contractDays),
      employerIsServiceOutsourcing: r.employerIsServiceOutsourcing,
      employerInNanchang: r.employerInNanchang,
      alreadySubsidised: r.alreadySubsidised,
    };
  })
  // keep every signing date inside the built-in policies (from 2013-01-01)
  .filter((i) => i.contractSignedOn >= "2015-01-01");

describe("rule B invariants", () => {
  it("pays exactly one of the two rate pairs, and only when every condition passed", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = evaluateTrainingSubsidy(i);
        expect(r.reasons).toHaveLength(7);
        expect(r.eligible).toBe(r.reasons.every((x) => x.passed));
        const expected = !r.eligible ? [0, 0] : i.employerInNanchang ? [200_000, 150_000] : [100_000, 50_000];
        expect([r.traineeFen, r.institutionFen]).toEqual(expected);
      }),
    );
  });

  it("duration passes exactly when the end is after start + 3 calendar months", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = evaluateTrainingSubsidy(i);
        const duration = r.reasons.find((x) => x.code === "TRAINING_DURATION");
        expect(duration?.passed).toBe(i.trainingEnd > addCalendarMonths(i.trainingStart, 3));
        const term = r.reasons.find((x) => x.code === "CONTRACT_TERM");
        expect(term?.passed).toBe(i.contractEnd > addCalendarMonths(i.contractStart, 12));
      }),
    );
  });

  it("a longer training never turns a pass into a failure", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 400 }), (i, extra) => {
        const longer = { ...i, trainingEnd: plusDays(i.trainingEnd, extra) };
        if (evaluateTrainingSubsidy(i).reasons[1]?.passed) {
          expect(evaluateTrainingSubsidy(longer).reasons[1]?.passed).toBe(true);
        }
      }),
    );
  });
});
