import { describe, it, expect } from "vitest";
import {
  BUILT_IN_POLICY_VERSIONS,
  policyInForceForClaimYear,
  policyInForceOn,
  policyVersionFromRow,
  policyVersionToRow,
  requiresSecondReviewer,
  validatePolicy,
  type PolicyVersionRow,
} from "./policy-versions";
import { EligibilityInputError, NoPolicyInForceError } from "./errors";
import type { EligibilityPolicy } from "./types";

const [POLICY_2013, POLICY_2015] = BUILT_IN_POLICY_VERSIONS as [EligibilityPolicy, EligibilityPolicy];

describe("built-in policy versions", () => {
  it("carry the rule's numbers", () => {
    expect(BUILT_IN_POLICY_VERSIONS.map((v) => [v.id, v.effectiveFrom, v.effectiveTo])).toEqual([
      ["nanchang-2013-policy-2.0", "2013-01-01", "2014-12-31"],
      ["nanchang-2015-implementation-opinions", "2015-01-01", null],
    ]);
    for (const v of BUILT_IN_POLICY_VERSIONS) {
      expect(v).toMatchObject({
        offshoreThresholdUsdCents: 20_000_000,
        offshoreFenPerUsd: 20,
        offshoreAnnualCapFen: 50_000_000,
        trainingMinMonths: 3,
        contractMinMonths: 12,
        traineeFenNanchang: 200_000,
        institutionFenNanchang: 150_000,
        traineeFenElsewhere: 100_000,
        institutionFenElsewhere: 50_000,
        fourEyesThresholdFen: 10_000_000,
        noticePeriodWorkingDays: 5,
      });
      expect(v.nameZh).not.toBe("");
      expect(v.nameEn).not.toBe("");
    }
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(BUILT_IN_POLICY_VERSIONS)).toBe(true);
    expect(Object.isFrozen(POLICY_2015)).toBe(true);
  });
});

describe("version in force", () => {
  it.each([
    [2013, "nanchang-2013-policy-2.0"],
    [2014, "nanchang-2013-policy-2.0"],
    [2015, "nanchang-2015-implementation-opinions"],
    [2040, "nanchang-2015-implementation-opinions"],
  ])("claim year %i -> %s", (year, id) => {
    expect(policyInForceForClaimYear(year).id).toBe(id);
  });

  it.each([
    ["2013-01-01", "nanchang-2013-policy-2.0"],
    ["2014-12-31", "nanchang-2013-policy-2.0"],
    ["2015-01-01", "nanchang-2015-implementation-opinions"],
  ])("date %s -> %s", (date, id) => {
    expect(policyInForceOn(date).id).toBe(id);
  });

  it("has nothing before 2013", () => {
    expect(() => policyInForceForClaimYear(2012)).toThrow(NoPolicyInForceError);
    expect(() => policyInForceOn("2012-12-31", undefined, "contractSignedOn")).toThrow(
      expect.objectContaining({ field: "contractSignedOn", code: "NO_POLICY_IN_FORCE", date: "2012-12-31" }),
    );
  });

  it("rule A uses the version in force on 1 January, rule B the exact date", () => {
    const midYear: EligibilityPolicy = { ...POLICY_2015, id: "mid-2020", effectiveFrom: "2020-07-01" };
    const earlier: EligibilityPolicy = { ...POLICY_2015, effectiveTo: "2020-06-30" };
    const versions = [POLICY_2013, earlier, midYear];
    expect(policyInForceForClaimYear(2020, versions).id).toBe(POLICY_2015.id);
    expect(policyInForceForClaimYear(2021, versions).id).toBe("mid-2020");
    expect(policyInForceOn("2020-06-30", versions).id).toBe(POLICY_2015.id);
    expect(policyInForceOn("2020-07-01", versions).id).toBe("mid-2020");
  });

  it("prefers the later version where two overlap", () => {
    const overlapping: EligibilityPolicy = { ...POLICY_2015, id: "2018-revision", effectiveFrom: "2018-01-01" };
    expect(policyInForceOn("2018-01-01", [POLICY_2015, overlapping]).id).toBe("2018-revision");
    expect(policyInForceOn("2017-12-31", [overlapping, POLICY_2015]).id).toBe(POLICY_2015.id);
  });

  it("refuses bad claim years and dates", () => {
    expect(() => policyInForceForClaimYear(2015.5)).toThrow(expect.objectContaining({ field: "claimYear" }));
    expect(() => policyInForceForClaimYear(10000)).toThrow(expect.objectContaining({ field: "claimYear" }));
    expect(() => policyInForceOn("2015-02-30")).toThrow(EligibilityInputError);
  });
});

describe("policy rows", () => {
  const row: PolicyVersionRow & { createdAt: Date } = {
    id: "nanchang-2015-implementation-opinions",
    nameZh: "实施意见",
    nameEn: "Implementation Opinions",
    effectiveFrom: new Date("2015-01-01T00:00:00.000Z"),
    effectiveTo: null,
    offshoreThresholdUsdCents: 20_000_000n,
    offshoreFenPerUsd: 20,
    offshoreAnnualCapFen: 50_000_000,
    trainingMinMonths: 3,
    contractMinMonths: 12,
    traineeFenNanchang: 200_000,
    institutionFenNanchang: 150_000,
    traineeFenElsewhere: 100_000,
    institutionFenElsewhere: 50_000,
    fourEyesThresholdFen: 10_000_000,
    noticePeriodWorkingDays: 5,
    createdAt: new Date(),
  };

  it("converts a Prisma row (bigint, @db.Date) to the module's type", () => {
    const policy = policyVersionFromRow(row);
    expect(policy).toEqual({ ...POLICY_2015, nameZh: "实施意见", nameEn: "Implementation Opinions" });
    expect(policy).not.toHaveProperty("createdAt");
    expect(policyVersionFromRow({ ...row, effectiveTo: new Date("2030-12-31T00:00:00Z") }).effectiveTo).toBe("2030-12-31");
  });

  it("reads issue 18's verification parameters when the row has them, the defaults when it has not", () => {
    expect(policyVersionFromRow(row)).toMatchObject({ riskSharedClientClaimants: 3, riskRoundUnitUsdCents: 10_000_00, reconciliationToleranceBasisPoints: 100 });
    const custom = policyVersionFromRow({ ...row, riskSharedClientClaimants: 4, reconciliationToleranceBasisPoints: 250 });
    expect(custom).toMatchObject({ riskSharedClientClaimants: 4, reconciliationToleranceBasisPoints: 250, riskConfirmationBurstCount: 10 });
    expect(() => policyVersionFromRow({ ...row, riskConfirmationBurstMinutes: -1 })).toThrow(/riskConfirmationBurstMinutes/);
  });

  it("converts back to what the seed inserts", () => {
    const data = policyVersionToRow(POLICY_2013);
    expect(data.offshoreThresholdUsdCents).toBe(20_000_000n);
    expect(data.effectiveFrom.toISOString()).toBe("2013-01-01T00:00:00.000Z");
    expect(data.effectiveTo?.toISOString()).toBe("2014-12-31T00:00:00.000Z");
    expect(policyVersionFromRow(data)).toEqual(POLICY_2013);
  });

  it.each([
    ["offshoreFenPerUsd", -1],
    ["offshoreAnnualCapFen", 1.5],
    ["trainingMinMonths", undefined],
    ["offshoreThresholdUsdCents", 2n ** 60n],
  ])("refuses a row whose %s is %s", (field, value) => {
    expect(() => policyVersionFromRow({ ...row, [field]: value } as PolicyVersionRow)).toThrow(
      expect.objectContaining({ field: `policy.${field}` }),
    );
  });

  it("validates policies passed in directly", () => {
    expect(() => validatePolicy({ ...POLICY_2015, effectiveFrom: "2015-13-01" })).toThrow(
      expect.objectContaining({ field: "policy.effectiveFrom" }),
    );
    expect(() => validatePolicy({ ...POLICY_2015, effectiveTo: "2014-01-01" })).toThrow(
      expect.objectContaining({ field: "policy.effectiveTo" }),
    );
    expect(() => validatePolicy({ ...POLICY_2015, id: "" })).toThrow(expect.objectContaining({ field: "policy.id" }));
    expect(() => validatePolicy(null)).toThrow(expect.objectContaining({ field: "policy" }));
  });
});

describe("four-eyes threshold", () => {
  it("needs a second reviewer from 100,000.00 RMB on", () => {
    expect(requiresSecondReviewer(9_999_999, POLICY_2015)).toBe(false);
    expect(requiresSecondReviewer(10_000_000, POLICY_2015)).toBe(true);
    expect(requiresSecondReviewer(50_000_000, POLICY_2015)).toBe(true);
    expect(() => requiresSecondReviewer(-1, POLICY_2015)).toThrow(EligibilityInputError);
  });
});
