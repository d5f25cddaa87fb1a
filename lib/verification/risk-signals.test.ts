import { describe, expect, it } from "vitest";
import {
  confirmationBurst,
  DEFAULT_RISK_THRESHOLDS,
  employerIsInstitution,
  justUnderFourEyes,
  normaliseClientName,
  receiptsOutsideYear,
  RISK_SIGNAL_CODES,
  riskSignalCodes,
  riskThresholdsOf,
  roundAmounts,
  sharedForeignClients,
} from "./risk-signals";
import { DEFAULT_VERIFICATION_PARAMETERS } from "@/lib/eligibility";

describe("the thresholds are policy parameters", () => {
  it("starts from the bureau's values, those the signals used before they were parameters", () => {
    expect(DEFAULT_RISK_THRESHOLDS).toEqual({
      sharedClientClaimants: 3,
      roundAmountMinLines: 3,
      roundAmountShareBasisPoints: 8_000,
      roundUnitUsdCents: 10_000_00n,
      justUnderFourEyesBasisPoints: 500,
      confirmationBurstCount: 10,
      confirmationBurstMinutes: 5,
    });
  });

  it("reads a version's parameters, so a version with other values signals otherwise", () => {
    const policy = { ...DEFAULT_VERIFICATION_PARAMETERS, riskRoundAmountMinLines: 4, riskRoundUnitUsdCents: 1_000_00, riskJustUnderFourEyesBasisPoints: 1_000 };
    const thresholds = riskThresholdsOf(policy);
    expect(thresholds).toMatchObject({ roundAmountMinLines: 4, roundUnitUsdCents: 1_000_00n, justUnderFourEyesBasisPoints: 1_000 });
    const three = [100_000_00n, 120_000_00n, 130_000_00n];
    expect(roundAmounts(three)).not.toBeNull();
    expect(roundAmounts(three, thresholds)).toBeNull();
    // US$1,000 as the unit: 101,000 is round under it, not under the default US$10,000.
    const four = [101_000_00n, 102_000_00n, 103_000_00n, 104_000_00n];
    expect(roundAmounts(four)).toBeNull();
    expect(roundAmounts(four, thresholds)).toMatchObject({ roundLines: 4, lines: 4 });
    // 92,000 is 8 % under 100,000: within a 10 % margin, not within the default 5 %.
    expect(justUnderFourEyes(92_000_00, 100_000_00)).toBeNull();
    expect(justUnderFourEyes(92_000_00, 100_000_00, thresholds)).toMatchObject({ marginBasisPoints: 1_000 });
  });
});

describe("the codes the queue filters on", () => {
  it("names each raised signal once, in the list's order", () => {
    expect(riskSignalCodes([])).toEqual([]);
    expect(
      riskSignalCodes([
        { code: "JUST_UNDER_FOUR_EYES" },
        { code: "SHARED_FOREIGN_CLIENT" },
        { code: "SHARED_FOREIGN_CLIENT" },
      ]),
    ).toEqual(["SHARED_FOREIGN_CLIENT", "JUST_UNDER_FOUR_EYES"]);
    expect(riskSignalCodes(RISK_SIGNAL_CODES.map((code) => ({ code })))).toEqual([...RISK_SIGNAL_CODES]);
  });
});

describe("one foreign client behind several claimants", () => {
  const lines = [
    { organisationId: "b", clientName: "Blue River Software, Inc." },
    { organisationId: "c", clientName: "BLUE RIVER SOFTWARE INC" },
    { organisationId: "c", clientName: "Thames Analytics Ltd." },
  ];

  it("treats differently typed names of one client as the same client", () => {
    expect(normaliseClientName("Blue River Software, Inc.")).toBe(normaliseClientName("blue river software inc"));
    expect(normaliseClientName("Sakura Systems K.K.")).toBe(normaliseClientName("Sakura Systems"));
    expect(normaliseClientName("Lion City Pte. Ltd.")).toBe("lioncity");
    expect(normaliseClientName("Costco")).toBe("costco");
  });

  it("signals a client that three claimants declare, naming how many and the threshold", () => {
    expect(sharedForeignClients({ organisationId: "a", clientNames: ["Blue River Software Inc.", "Lion City Pte. Ltd."] }, lines)).toEqual([
      { code: "SHARED_FOREIGN_CLIENT", clientName: "Blue River Software Inc.", claimants: 3, threshold: 3 },
    ]);
  });

  it("does not count the claimant's own lines twice, nor signal under the threshold", () => {
    const own = [...lines, { organisationId: "a", clientName: "Thames Analytics" }];
    expect(sharedForeignClients({ organisationId: "a", clientNames: ["Thames Analytics Ltd"] }, own)).toEqual([]);
    expect(sharedForeignClients({ organisationId: "a", clientNames: ["Thames Analytics Ltd"] }, own, { sharedClientClaimants: 2 })).toHaveLength(1);
  });
});

describe("many round-number amounts", () => {
  it("signals when at least the threshold's share of enough lines are whole multiples of 10,000 USD", () => {
    expect(roundAmounts([500_000_00n, 300_000_00n, 120_000_00n])).toEqual({ code: "ROUND_AMOUNTS", roundLines: 3, lines: 3, thresholdBasisPoints: 8_000 });
    expect(roundAmounts([500_000_00n, 300_000_00n, 123_456_78n])).toBeNull(); // 2 of 3 is under 80 %
    expect(roundAmounts([500_000_00n, 300_000_00n])).toBeNull(); // too few lines to tell
    expect(roundAmounts([500_000_00n, 300_000_00n, 123_456_78n], { ...DEFAULT_RISK_THRESHOLDS, roundAmountShareBasisPoints: 6_000 })).toMatchObject({ roundLines: 2 });
  });
});

describe("receipts dated outside the claim year", () => {
  it("lists each date outside the year once, in order", () => {
    expect(receiptsOutsideYear(2024, ["2024-06-30", "2025-01-15", "2023-12-31", "2025-01-15"])).toEqual({ code: "RECEIPTS_OUTSIDE_YEAR", dates: ["2023-12-31", "2025-01-15"] });
    expect(receiptsOutsideYear(2024, ["2024-01-01", "2024-12-31"])).toBeNull();
  });
});

describe("a claim just under the four-eyes threshold", () => {
  const threshold = 100_000_00; // ¥100,000
  it("signals within 5 % under the threshold, not at or above it, nor further below", () => {
    expect(justUnderFourEyes(99_999_99, threshold)).toEqual({ code: "JUST_UNDER_FOUR_EYES", amountFen: 99_999_99, fourEyesThresholdFen: threshold, marginBasisPoints: 500 });
    expect(justUnderFourEyes(95_000_00, threshold)).not.toBeNull();
    expect(justUnderFourEyes(94_999_99, threshold)).toBeNull();
    expect(justUnderFourEyes(100_000_00, threshold)).toBeNull();
    expect(justUnderFourEyes(0, threshold)).toBeNull();
  });
});

describe("a trainee employed by the institution itself", () => {
  it("names the trainees whose employer's credit code is the institution's", () => {
    const code = "91360102MA35YQ004X";
    expect(employerIsInstitution(code, [{ traineeName: "李明", employerCreditCode: code.toLowerCase() }, { traineeName: "王芳", employerCreditCode: "91360106MA35GJ0011" }, { traineeName: "陈静", employerCreditCode: null }])).toEqual({
      code: "EMPLOYER_IS_INSTITUTION",
      traineeNames: ["李明"],
    });
    expect(employerIsInstitution(code, [{ traineeName: "王芳", employerCreditCode: "91360106MA35GJ0011" }])).toBeNull();
  });
});

describe("many employer confirmations from one account within minutes", () => {
  const at = (minute: number, second = 0) => new Date(Date.UTC(2024, 7, 1, 9, minute, second));
  it("counts the busiest window of the threshold's minutes", () => {
    const burst = Array.from({ length: 10 }, (_, i) => at(10, i * 25)); // 10 within 4 minutes
    expect(confirmationBurst([at(0), ...burst, at(30)])).toEqual({ code: "CONFIRMATION_BURST", confirmations: 10, minutes: 5, threshold: 10 });
    const spread = Array.from({ length: 10 }, (_, i) => at(i * 2)); // 10 over 18 minutes: at most 3 in any 5
    expect(confirmationBurst(spread)).toBeNull();
    expect(confirmationBurst([])).toBeNull();
  });
});
