// The eligibility module's case tables, shared by its unit tests (offshore-incentive.test.ts,
// training-subsidy.test.ts) and by the API's equivalence test (tests/db/api-eligibility.test.ts),
// which sends every case through the public API and expects the module's own answer. Kept out of
// the test files so the two cannot drift apart: a case added here is checked both ways.
// Test data only: nothing in the app imports this file.

import type { TrainingReasonCode, TrainingSubsidyInput } from "./types";

export const USD = (dollars: number) => dollars * 100; // test-only: whole dollars to cents
export const RMB = (yuan: number) => yuan * 100;
export const CAP = RMB(500_000);

/** label, offshore cents, granted fen, eligible, entitlement fen, amount fen (claim year 2016). */
export const OFFSHORE_BOUNDARY_CASES: Array<[string, number, number, boolean, number, number]> = [
    // label, offshore cents, granted fen, eligible, entitlement fen, amount fen
    ["nothing offshore", 0, 0, false, 0, 0],
    ["one cent under the threshold", USD(200_000) - 1, 0, false, 0, 0],
    ["exactly the threshold does not qualify", USD(200_000), 0, false, 0, 0],
    ["one cent over the threshold, 4,000,000.2 fen floored", USD(200_000) + 1, 0, true, 4_000_000, 4_000_000],
    ["0.8 fen is floored, not rounded up", USD(200_000) + 4, 0, true, 4_000_000, 4_000_000],
    ["five cents make one whole fen", USD(200_000) + 5, 0, true, 4_000_001, 4_000_001],
    ["the issue's example", 123_456_700, 0, true, 24_691_340, 24_691_340],
    ["entitlement exactly at the cap", USD(2_500_000), 0, true, CAP, CAP],
    ["one fen over the cap is cut", USD(2_500_000) + 5, 0, true, CAP + 1, CAP],
    ["far over the cap", USD(100_000_000), 0, true, RMB(20_000_000), CAP],
    ["earlier grants leave part of the entitlement", USD(1_000_000), RMB(400_000), true, RMB(200_000), RMB(100_000)],
    ["earlier grants leave one fen", USD(1_000_000), CAP - 1, true, RMB(200_000), 1],
    ["earlier grants use up the cap", USD(1_000_000), CAP, false, RMB(200_000), 0],
    ["earlier grants above the cap leave nothing", USD(1_000_000), CAP + RMB(1), false, RMB(200_000), 0],
    ["earlier grants, entitlement fits", USD(300_000), RMB(100_000), true, RMB(60_000), RMB(60_000)],
    ["below threshold and cap used up: two failures", USD(100_000), CAP, false, 0, 0],
]

export const OFFSHORE_GOOD_INPUT = { claimYear: 2016, offshoreUsdCents: USD(300_000), grantedFenThisYear: 0 };
const good = OFFSHORE_GOOD_INPUT;

/** field, input, the module's error code. */
export const OFFSHORE_BAD_INPUT_CASES: Array<[string, unknown, string]> = [
    ["offshoreUsdCents", { ...good, offshoreUsdCents: 1.5 }, "NOT_AN_INTEGER"],
    ["offshoreUsdCents", { ...good, offshoreUsdCents: -1 }, "NEGATIVE"],
    ["offshoreUsdCents", { ...good, offshoreUsdCents: Number.NaN }, "NOT_AN_INTEGER"],
    ["offshoreUsdCents", { ...good, offshoreUsdCents: Number.MAX_SAFE_INTEGER + 1 }, "NOT_AN_INTEGER"],
    ["offshoreUsdCents", { ...good, offshoreUsdCents: "30000000" }, "NOT_AN_INTEGER"],
    ["offshoreUsdCents", { claimYear: 2016 }, "MISSING"],
    ["claimYear", { ...good, claimYear: undefined }, "MISSING"],
    ["claimYear", { ...good, claimYear: 2016.5 }, "NOT_AN_INTEGER"],
    ["claimYear", { ...good, claimYear: 0 }, "OUT_OF_RANGE"],
    ["grantedFenThisYear", { ...good, grantedFenThisYear: -100 }, "NEGATIVE"],
    ["grantedFenThisYear", { ...good, grantedFenThisYear: 0.5 }, "NOT_AN_INTEGER"],
    ["grantedFenThisYear", { ...good, grantedFenThisYear: null }, "MISSING"],
    ["input", null, "MISSING"],
]

export const BASE: TrainingSubsidyInput = {
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

/** label, change to BASE, the conditions that fail. */
export const TRAINING_BOUNDARY_CASES: Array<[string, Partial<TrainingSubsidyInput>, TrainingReasonCode[]]> = [
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
]

/** contract signing date, the version in force (training and contract around it as in the test). */
export const TRAINING_POLICY_BY_SIGNING_DATE_CASES: Array<[string, string]> = [
    ["2013-01-01", "nanchang-2013-policy-2.0"],
    ["2014-12-31", "nanchang-2013-policy-2.0"],
    ["2015-01-01", "nanchang-2015-implementation-opinions"],
]

/** field, value put into BASE, the module's error code. */
export const TRAINING_BAD_INPUT_CASES: Array<[keyof TrainingSubsidyInput | "input", unknown, string]> = [
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
]

