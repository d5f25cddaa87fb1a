import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { evaluateOffshoreIncentive } from "./offshore-incentive";
import { BUILT_IN_POLICY_VERSIONS } from "./policy-versions";
import type { EligibilityPolicy } from "./types";

const policy = BUILT_IN_POLICY_VERSIONS[1] as EligibilityPolicy;
const THRESHOLD = policy.offshoreThresholdUsdCents;
const CAP = policy.offshoreAnnualCapFen;

const cents = fc.oneof(
  fc.maxSafeNat(),
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: THRESHOLD - 10, max: THRESHOLD + 10 }),
  fc.integer({ min: CAP * 5 - 10, max: CAP * 5 + 10 }), // entitlement around the cap
);
const granted = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: CAP + 1_000 }), fc.maxSafeNat());
const claimYear = fc.integer({ min: 2013, max: 2100 });

const evaluate = (offshoreUsdCents: number, grantedFenThisYear = 0, year = 2020) =>
  evaluateOffshoreIncentive({ claimYear: year, offshoreUsdCents, grantedFenThisYear });

describe("rule A invariants", () => {
  it("never pays more than the cap, what is left under it, or the entitlement", () => {
    fc.assert(
      fc.property(cents, granted, claimYear, (c, g, y) => {
        const r = evaluate(c, g, y);
        expect(r.amountFen).toBeGreaterThanOrEqual(0);
        expect(r.amountFen).toBeLessThanOrEqual(CAP);
        expect(r.amountFen).toBeLessThanOrEqual(Math.max(0, CAP - g));
        expect(r.amountFen).toBeLessThanOrEqual(r.entitlementFen);
        expect(r.eligible).toBe(r.amountFen > 0);
      }),
    );
  });

  it("never decreases when offshore revenue grows", () => {
    fc.assert(
      fc.property(cents, cents, granted, (a, b, g) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(evaluate(low, g).amountFen).toBeLessThanOrEqual(evaluate(high, g).amountFen);
        expect(evaluate(low, g).entitlementFen).toBeLessThanOrEqual(evaluate(high, g).entitlementFen);
      }),
    );
  });

  it("below the cap, pays exactly the entitlement, growing with the revenue", () => {
    fc.assert(
      fc.property(fc.integer({ min: THRESHOLD + 1, max: CAP * 5 }), fc.integer({ min: 1, max: 1_000_000 }), (c, extra) => {
        const before = evaluate(c);
        const after = evaluate(Math.min(c + extra, CAP * 5));
        expect(before.amountFen).toBe(before.entitlementFen);
        expect(after.amountFen).toBeGreaterThanOrEqual(before.amountFen);
      }),
    );
  });

  it("is zero at or under the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: THRESHOLD }), granted, (c, g) => {
        const r = evaluate(c, g);
        expect(r).toMatchObject({ eligible: false, entitlementFen: 0, amountFen: 0 });
        expect(r.reasons[0]).toMatchObject({ code: "OFFSHORE_THRESHOLD", passed: false });
      }),
    );
  });

  it("uses integer arithmetic only: the entitlement is exactly floor(cents * 20 / 100)", () => {
    fc.assert(
      fc.property(fc.integer({ min: THRESHOLD + 1, max: Number.MAX_SAFE_INTEGER }), granted, (c, g) => {
        const r = evaluate(c, g);
        expect(Number.isSafeInteger(r.entitlementFen)).toBe(true);
        expect(Number.isSafeInteger(r.amountFen)).toBe(true);
        expect(BigInt(r.entitlementFen)).toBe((BigInt(c) * 20n) / 100n);
        expect(BigInt(r.amountFen)).toBe(
          [BigInt(r.entitlementFen), BigInt(Math.max(0, CAP - g))].reduce((m, x) => (x < m ? x : m)),
        );
      }),
    );
  });

  it("puts every earlier grant toward one cap: grants plus payouts never pass it", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: THRESHOLD + 1, max: CAP * 10 }), { minLength: 1, maxLength: 6 }), (claims) => {
        let grantedSoFar = 0;
        for (const c of claims) grantedSoFar += evaluate(c, grantedSoFar).amountFen;
        expect(grantedSoFar).toBeLessThanOrEqual(CAP);
      }),
    );
  });
});
