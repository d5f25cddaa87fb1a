/**
 * Login throttling rules, pure so they can be tested without a database.
 *
 * An account is locked briefly after repeated failures, doubling from 1 minute up to
 * 15 minutes, and any success clears it: an attacker who knows an e-mail can slow its owner
 * down for at most 15 minutes at a time, never lock them out for good. An address is locked
 * for 15 minutes after many failures across any accounts (password spraying).
 */
export const THROTTLE_POLICY = {
  windowMs: 15 * 60_000,
  accountFreeFailures: 5,
  accountBaseLockMs: 60_000,
  accountMaxLockMs: 15 * 60_000,
  addressFreeFailures: 20,
  addressLockMs: 15 * 60_000,
} as const;

export type ThrottleKind = "account" | "address";

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failure. */
export function afterFailure(kind: ThrottleKind, state: ThrottleState | null, now: Date): ThrottleState {
  const policy = THROTTLE_POLICY;
  const windowExpired = !state || now.getTime() - state.windowStart.getTime() > policy.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStart = windowExpired ? now : state.windowStart;

  let lockMs = 0;
  if (kind === "account" && failures >= policy.accountFreeFailures) {
    const doublings = failures - policy.accountFreeFailures;
    lockMs = Math.min(policy.accountBaseLockMs * 2 ** Math.min(doublings, 10), policy.accountMaxLockMs);
  }
  if (kind === "address" && failures >= policy.addressFreeFailures) {
    lockMs = policy.addressLockMs;
  }
  return { failures, windowStart, lockedUntil: lockMs ? new Date(now.getTime() + lockMs) : null };
}

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}
