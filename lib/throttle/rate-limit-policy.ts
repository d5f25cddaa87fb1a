/**
 * How often each kind of request may be made, per client address and per account, before it is
 * refused for a while. A policy parameter, not code spread over the actions: one table to read.
 *
 * Limits are generous for a person and tight for a script: a bureau office behind one address
 * registers a handful of organisations a day, not dozens an hour.
 */
export interface Limit {
  /** Requests allowed in the window. */
  points: number;
  /** Window length in seconds. */
  durationSeconds: number;
}

export interface RatePolicy {
  perAddress?: Limit;
  perAccount?: Limit;
}

export const RATE_LIMITS = {
  /** Every unauthenticated server action (sign-up, accepting an invitation, future ones). */
  publicPost: { perAddress: { points: 60, durationSeconds: 10 * 60 } },
  signUp: { perAddress: { points: 10, durationSeconds: 60 * 60 } },
  invitation: { perAddress: { points: 30, durationSeconds: 60 * 60 }, perAccount: { points: 20, durationSeconds: 60 * 60 } },
  passwordChange: { perAddress: { points: 20, durationSeconds: 15 * 60 }, perAccount: { points: 5, durationSeconds: 15 * 60 } },
  upload: { perAddress: { points: 200, durationSeconds: 10 * 60 }, perAccount: { points: 100, durationSeconds: 10 * 60 } },
  objection: { perAccount: { points: 30, durationSeconds: 60 * 60 } },
  /**
   * Objections from the public notice page, per address, on top of publicPost: a person objects to
   * one or two items; a script filling the reviewers' list with noise is stopped after a few.
   */
  publicObjection: { perAddress: { points: 5, durationSeconds: 60 * 60 } },
  /**
   * Every request to the public JSON API (lib/api), per address: a calculator or an open-data
   * import asks a few times a minute; a script looping over inputs is slowed to this pace.
   */
  publicApi: { perAddress: { points: 120, durationSeconds: 60 } },
  /**
   * The API with an organisation's key (lib/api/keyed-endpoint.ts): per address before the key is
   * looked up (guessing keys costs allowance), then per key (the "account" is the key's id), so
   * one vendor's script cannot use up another's allowance from a shared address, nor one key
   * spread over many addresses go faster.
   */
  keyedApi: { perAddress: { points: 300, durationSeconds: 60 }, perAccount: { points: 120, durationSeconds: 60 } },
} as const satisfies Record<string, RatePolicy>;

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** The rate-limiter-flexible key prefix of one action and subject kind: `rl:<action>:<address|account>`. */
export function rateLimitPrefix(action: RateLimitedAction, subject: "address" | "account"): string {
  return `rl:${action}:${subject}`;
}
