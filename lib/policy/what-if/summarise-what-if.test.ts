import { describe, expect, it } from "vitest";
import { BUILT_IN_POLICY_VERSIONS, type EligibilityPolicy } from "@/lib/eligibility";
import { offshoreClaimWhatIf, type OffshoreWhatIfFacts } from "./offshore-claim-what-if";
import { summariseWhatIf } from "./summarise-what-if";
import { trainingClaimWhatIf, type TrainingLineWhatIfFacts, type TrainingWhatIfFacts } from "./training-claim-what-if";
import { whatIfOutcome, type WhatIfClaimOutcome } from "./what-if-types";

const CURRENT = BUILT_IN_POLICY_VERSIONS[1]!;
// Rule A: 0.25 RMB per USD instead of 0.2; threshold 150,000 USD instead of 200,000; rule B unchanged.
const DRAFT: EligibilityPolicy = { ...CURRENT, id: "draft", offshoreFenPerUsd: 25, offshoreThresholdUsdCents: 150_000_00 };

function offshore(over: Partial<OffshoreWhatIfFacts>): OffshoreWhatIfFacts {
  return {
    claimId: "c-" + Math.random(),
    claimNumber: "A2024-000001",
    organisationId: "org-1",
    organisationName: "甲公司",
    district: "DONGHU",
    claimYear: 2024,
    status: "SUBMITTED",
    offshoreUsdCents: 300_000_00,
    grantedOtherFen: 0,
    grantedOwnFen: 0,
    claimPolicy: CURRENT,
    ...over,
  };
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
function line(over: Partial<TrainingLineWhatIfFacts>): TrainingLineWhatIfFacts {
  return {
    lineId: "l-" + Math.random(),
    personId: "p-1",
    studentStatus: "GRADUATE",
    record: { startDate: d("2023-03-01"), endDate: d("2023-09-30"), examPassed: true, certificate: { certificateNo: "C1" } },
    contract: { signedOn: d("2023-10-10"), startDate: d("2023-10-10"), endDate: d("2025-10-09"), employerIsServiceOutsourcing: true, employerInNanchang: false },
    linePolicy: CURRENT,
    subsidisedElsewhere: false,
    grantedTraineeFen: 0,
    ...over,
  };
}
function training(over: Partial<TrainingWhatIfFacts>): TrainingWhatIfFacts {
  return { claimId: "t-" + Math.random(), claimNumber: "B2024-000001", organisationId: "inst-1", organisationName: "乙培训", district: "XIHU", claimYear: 2024, status: "SUBMITTED", lines: [], grantedOwnFen: 0, ...over };
}

describe("outcome of one amount pair (eligible = amount > 0)", () => {
  it.each([
    [0, 0, "UNCHANGED"],
    [0, 1, "BECOMES_ELIGIBLE"],
    [1, 0, "BECOMES_INELIGIBLE"],
    [5, 6, "GAIN"],
    [6, 5, "LOSE"],
    [5, 5, "UNCHANGED"],
  ] as const)("%i → %i is %s", (now, draft, outcome) => {
    expect(whatIfOutcome(now, draft)).toBe(outcome);
  });
});

describe("rule A under a draft", () => {
  it("raises the amount by the rate and says RATE", () => {
    const o = offshoreClaimWhatIf(offshore({}), DRAFT);
    // 300,000.00 USD × 0.2 = 60,000.00 RMB now; × 0.25 = 75,000.00 RMB.
    expect(o).toMatchObject({ nowFen: 60_000_00, draftFen: 75_000_00, differenceFen: 15_000_00, outcome: "GAIN", changedConditions: ["RATE"] });
  });

  it("makes a claim between the thresholds eligible (OFFSHORE_THRESHOLD flipped)", () => {
    const o = offshoreClaimWhatIf(offshore({ offshoreUsdCents: 180_000_00 }), DRAFT);
    expect(o).toMatchObject({ nowFen: 0, draftFen: 45_000_00, outcome: "BECOMES_ELIGIBLE", changedConditions: ["OFFSHORE_THRESHOLD"] });
  });

  it("exactly at the draft's threshold stays ineligible", () => {
    expect(offshoreClaimWhatIf(offshore({ offshoreUsdCents: 150_000_00 }), DRAFT)).toMatchObject({ nowFen: 0, draftFen: 0, outcome: "UNCHANGED" });
  });

  it("the cap counts what the enterprise was already granted that year by other claims", () => {
    // 2,000,000 USD → 400,000 RMB now, 500,000 RMB under the draft; 450,000 RMB granted before → 50,000 left either way.
    const o = offshoreClaimWhatIf(offshore({ offshoreUsdCents: 2_000_000_00, grantedOtherFen: 450_000_00 }), DRAFT);
    expect(o).toMatchObject({ nowFen: 50_000_00, draftFen: 50_000_00, outcome: "UNCHANGED" });
    // A lower cap in the draft: 420,000 RMB − 450,000 granted leaves nothing: ANNUAL_CAP fails now.
    const lower = offshoreClaimWhatIf(offshore({ offshoreUsdCents: 2_000_000_00, grantedOtherFen: 450_000_00 }), { ...DRAFT, offshoreAnnualCapFen: 420_000_00 });
    expect(lower).toMatchObject({ nowFen: 50_000_00, draftFen: 0, outcome: "BECOMES_INELIGIBLE", changedConditions: ["ANNUAL_CAP"] });
  });

  it("a granted claim's now is what the ledger holds; a rejected one's is 0", () => {
    expect(offshoreClaimWhatIf(offshore({ status: "PAID", grantedOwnFen: 55_000_00 }), DRAFT)).toMatchObject({ nowFen: 55_000_00, draftFen: 75_000_00, granted: true });
    expect(offshoreClaimWhatIf(offshore({ status: "REJECTED", grantedOwnFen: 0 }), DRAFT)).toMatchObject({ nowFen: 0, draftFen: 75_000_00, granted: false, outcome: "BECOMES_ELIGIBLE" });
  });
});

describe("rule B under a draft", () => {
  const RULE_B = { ...CURRENT, id: "draft-b", traineeFenElsewhere: 1_200_00, trainingMinMonths: 7 };

  it("sums eligible lines (trainee + institution) and keeps a person paid before unpaid", () => {
    const claim = training({ lines: [line({ personId: "p-1" }), line({ personId: "p-2", subsidisedElsewhere: true })] });
    const o = trainingClaimWhatIf(claim, { ...CURRENT, id: "same" });
    expect(o).toMatchObject({ nowFen: 1_500_00, draftFen: 1_500_00, outcome: "UNCHANGED" });
    expect(o.trainees).toEqual([{ personId: "p-1", nowFen: 1_000_00, draftFen: 1_000_00 }, { personId: "p-2", nowFen: 0, draftFen: 0 }]);
  });

  it("a longer minimum training fails a 7-month course (TRAINING_DURATION flipped); a higher amount shows TRAINING_AMOUNT", () => {
    // 2023-03-01 + 7 months = 2023-10-01; the course ends 2023-09-30: not more than 7 months.
    const o = trainingClaimWhatIf(training({ lines: [line({})] }), RULE_B);
    expect(o).toMatchObject({ nowFen: 1_500_00, draftFen: 0, outcome: "BECOMES_INELIGIBLE", changedConditions: ["TRAINING_DURATION"] });
    const more = trainingClaimWhatIf(training({ lines: [line({})] }), { ...RULE_B, trainingMinMonths: 3 });
    expect(more).toMatchObject({ nowFen: 1_500_00, draftFen: 1_700_00, outcome: "GAIN", changedConditions: ["TRAINING_AMOUNT"] });
  });
});

describe("summary", () => {
  function claim(over: Partial<WhatIfClaimOutcome>): WhatIfClaimOutcome {
    const nowFen = over.nowFen ?? 0;
    const draftFen = over.draftFen ?? 0;
    return {
      claimId: "x",
      claimNumber: "x",
      kind: "OFFSHORE",
      organisationId: "o",
      organisationName: "o",
      district: "DONGHU",
      claimYear: 2024,
      status: "SUBMITTED",
      changedConditions: [],
      granted: false,
      trainees: [],
      ...over,
      nowFen,
      draftFen,
      differenceFen: draftFen - nowFen,
      outcome: whatIfOutcome(nowFen, draftFen),
    };
  }

  const outcomes = [
    // Enterprise E1, two claims (2024 open, 2023 granted): 100 + 40 now, 130 + 30 draft → gains overall.
    claim({ claimId: "a", organisationId: "E1", nowFen: 100, draftFen: 130 }),
    claim({ claimId: "b", organisationId: "E1", claimYear: 2023, status: "PAID", granted: true, nowFen: 40, draftFen: 30 }),
    // E2 becomes eligible, E3 becomes ineligible, E4 unchanged at 0.
    claim({ claimId: "c", organisationId: "E2", district: null, nowFen: 0, draftFen: 70 }),
    claim({ claimId: "d", organisationId: "E3", nowFen: 25, draftFen: 0 }),
    claim({ claimId: "e", organisationId: "E4", nowFen: 0, draftFen: 0 }),
    // A training claim of institution I1 in XIHU: P1 loses (trainee 100 → 80), P2 unchanged, P3 becomes eligible.
    claim({
      claimId: "f",
      kind: "TRAINING",
      organisationId: "I1",
      district: "XIHU",
      nowFen: 300,
      draftFen: 330,
      trainees: [
        { personId: "P1", nowFen: 100, draftFen: 80 },
        { personId: "P2", nowFen: 100, draftFen: 100 },
        { personId: "P3", nowFen: 0, draftFen: 50 },
      ],
    }),
  ];

  it("totals, differences and exclusive outcome counts by claim, enterprise and trainee", () => {
    const s = summariseWhatIf(outcomes);
    // now 100 + 40 + 0 + 25 + 0 + 300 = 465; draft 130 + 30 + 70 + 0 + 0 + 330 = 560.
    expect(s).toMatchObject({ nowFen: 465, draftFen: 560, differenceFen: 95 });
    expect(s.claims).toEqual({ total: 6, BECOMES_ELIGIBLE: 1, GAIN: 2, UNCHANGED: 1, LOSE: 1, BECOMES_INELIGIBLE: 1 });
    // E1: 140 → 160 gains (though one of its claims loses).
    expect(s.enterprises).toEqual({ total: 4, BECOMES_ELIGIBLE: 1, GAIN: 1, UNCHANGED: 1, LOSE: 0, BECOMES_INELIGIBLE: 1 });
    expect(s.trainees).toEqual({ total: 3, BECOMES_ELIGIBLE: 1, GAIN: 0, UNCHANGED: 1, LOSE: 1, BECOMES_INELIGIBLE: 0 });
  });

  it("splits by kind and by district (null = unknown), largest change first", () => {
    const s = summariseWhatIf(outcomes);
    expect(s.byKind.OFFSHORE).toMatchObject({ nowFen: 165, draftFen: 230, differenceFen: 65, claims: { total: 5 }, trainees: { total: 0 } });
    expect(s.byKind.TRAINING).toMatchObject({ nowFen: 300, draftFen: 330, differenceFen: 30, claims: { total: 1 }, enterprises: { total: 0 }, trainees: { total: 3 } });
    expect(s.byDistrict.map((x) => [x.district, x.differenceFen])).toEqual([
      [null, 70],
      ["XIHU", 30],
      ["DONGHU", -5],
    ]);
    expect(s.byDistrict.find((x) => x.district === "DONGHU")!.enterprises).toMatchObject({ total: 3, GAIN: 1, BECOMES_INELIGIBLE: 1, UNCHANGED: 1 });
  });

  it("budget by claim year: already granted outside the run plus the draft total", () => {
    const s = summariseWhatIf(outcomes, [
      { claimYear: 2024, budgetFen: 1_000n, grantedFen: 200 },
      // 2023: 500 granted in the ledger, of which 40 is claim b's, which the draft makes 30.
      { claimYear: 2023, budgetFen: null, grantedFen: 500n },
    ]);
    expect(s.budget).toEqual([
      { claimYear: 2023, budgetFen: null, grantedFen: 500, nowFen: 40, draftFen: 30, grantedInRunFen: 40, projectedNowFen: 500, projectedDraftFen: 490, remainingFen: null },
      // 2024: now 100 + 0 + 25 + 0 + 300 = 425, draft 130 + 70 + 330 = 530; 200 granted; 1,000 − 730 = 270 left.
      { claimYear: 2024, budgetFen: 1_000, grantedFen: 200, nowFen: 425, draftFen: 530, grantedInRunFen: 0, projectedNowFen: 625, projectedDraftFen: 730, remainingFen: 270 },
    ]);
  });

  it("sums past 2^31 exactly and refuses past 2^53 − 1", () => {
    const big = Array.from({ length: 3 }, (_, i) => claim({ claimId: String(i), organisationId: String(i), nowFen: 2 ** 52, draftFen: 2 ** 52 }));
    expect(() => summariseWhatIf(big)).toThrow(/MAX_SAFE_INTEGER/);
    expect(summariseWhatIf(big.slice(0, 1)).nowFen).toBe(2 ** 52);
  });
});
