import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, THROTTLE_POLICY } from "./throttle-policy";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(kind: "account" | "address", count: number) {
  let state = null as ReturnType<typeof afterFailure> | null;
  for (let i = 0; i < count; i++) state = afterFailure(kind, state, at(i * 1000));
  return state!;
}

describe("login throttle policy", () => {
  it("lets four account failures through and locks on the fifth for one minute", () => {
    expect(isLocked(failTimes("account", 4), at(4000))).toBe(false);
    const locked = failTimes("account", 5);
    expect(isLocked(locked, at(5000))).toBe(true);
    expect(locked.lockedUntil!.getTime() - at(4000).getTime()).toBe(60_000);
  });

  it("never locks an account for longer than 15 minutes", () => {
    const state = failTimes("account", 40);
    const lockMs = state.lockedUntil!.getTime() - at(39_000).getTime();
    expect(lockMs).toBe(THROTTLE_POLICY.accountMaxLockMs);
  });

  it("starts counting afresh once the window has passed", () => {
    const state = failTimes("account", 4);
    const later = afterFailure("account", state, at(THROTTLE_POLICY.windowMs + 10_000));
    expect(later.failures).toBe(1);
    expect(later.lockedUntil).toBeNull();
  });

  it("locks an address only after many failures", () => {
    expect(isLocked(failTimes("address", 19), at(19_000))).toBe(false);
    expect(isLocked(failTimes("address", 20), at(20_000))).toBe(true);
  });
});
