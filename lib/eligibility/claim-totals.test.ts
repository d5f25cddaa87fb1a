import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { sumExecutedUsdCents, sumMinorUnits, sumTrainingClaimLines } from "./claim-totals";
import { EligibilityInputError } from "./errors";

describe("sumExecutedUsdCents", () => {
  it("sums Prisma bigint and number lines exactly", () => {
    expect(sumExecutedUsdCents([])).toBe(0);
    expect(sumExecutedUsdCents([{ executedUsdCents: 10_000_001n }, { executedUsdCents: 10_000_000 }])).toBe(20_000_001);
    // 0.1 + 0.2 style errors cannot happen: these are cents, summed in BigInt
    const big = 2n ** 52n;
    expect(sumExecutedUsdCents([{ executedUsdCents: big }, { executedUsdCents: big - 1n }])).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("names the bad line", () => {
    expect(() => sumExecutedUsdCents([{ executedUsdCents: 1n }, { executedUsdCents: -1n }])).toThrow(
      expect.objectContaining({ field: "lines[1].executedUsdCents", code: "NEGATIVE" }),
    );
    expect(() => sumExecutedUsdCents([{ executedUsdCents: 1.5 }])).toThrow(
      expect.objectContaining({ field: "lines[0].executedUsdCents", code: "NOT_AN_INTEGER" }),
    );
    expect(() => sumExecutedUsdCents([{} as { executedUsdCents: bigint }])).toThrow(
      expect.objectContaining({ field: "lines[0].executedUsdCents", code: "MISSING" }),
    );
  });

  it("refuses a total beyond the safe range rather than rounding it", () => {
    expect(() => sumExecutedUsdCents([{ executedUsdCents: 2n ** 53n }])).toThrow(
      expect.objectContaining({ field: "lines", code: "OUT_OF_RANGE" }),
    );
  });

  it("property: equals the BigInt sum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 50 }), (values) => {
        const expected = values.reduce((acc, v) => acc + BigInt(v), 0n);
        expect(BigInt(sumExecutedUsdCents(values.map((v) => ({ executedUsdCents: BigInt(v) }))))).toBe(expected);
      }),
    );
  });
});

describe("sumTrainingClaimLines", () => {
  it("totals the trainee and institution amounts", () => {
    expect(
      sumTrainingClaimLines([
        { traineeFen: 200_000, institutionFen: 150_000 },
        { traineeFen: 100_000, institutionFen: 50_000 },
        { traineeFen: 0, institutionFen: 0 },
      ]),
    ).toEqual({ traineeTotalFen: 300_000, institutionTotalFen: 200_000, totalFen: 500_000 });
  });

  it("refuses negative or fractional amounts", () => {
    expect(() => sumTrainingClaimLines([{ traineeFen: -1, institutionFen: 0 }])).toThrow(EligibilityInputError);
    expect(() => sumTrainingClaimLines([{ traineeFen: 1, institutionFen: 0.5 }])).toThrow(EligibilityInputError);
  });
});

describe("sumMinorUnits", () => {
  it("names the list and index", () => {
    expect(sumMinorUnits([1, 2n, 3])).toBe(6);
    expect(() => sumMinorUnits([1, -2], "payments")).toThrow(expect.objectContaining({ field: "payments[1]" }));
  });
});
