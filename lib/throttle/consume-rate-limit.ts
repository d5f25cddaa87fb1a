import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import { prismaAsPgPool } from "./prisma-pg-store";
import { RATE_LIMITS, rateLimitPrefix, type Limit, type RateLimitedAction } from "./rate-limit-policy";

export interface RateLimitSubject {
  /** The client address (lib/auth/client-address.ts). */
  address?: string | null;
  /** The signed-in user's id. */
  accountId?: string | null;
}

/** One limiter per client, action and subject kind; limiters hold no counts themselves, only settings. */
const limiters = new WeakMap<PrismaClient, Map<string, RateLimiterPostgres>>();

/**
 * A multiplier of every limit's points. Only the end-to-end server sets it (all its browsers share
 * one address); production leaves it unset.
 */
function pointsScale(): number {
  const scale = Number(process.env.RATE_LIMIT_SCALE ?? "1");
  return Number.isInteger(scale) && scale >= 1 ? scale : 1;
}

function limiterFor(prisma: PrismaClient, prefix: string, limit: Limit): RateLimiterPostgres {
  let byPrefix = limiters.get(prisma);
  if (!byPrefix) limiters.set(prisma, (byPrefix = new Map()));
  let limiter = byPrefix.get(prefix);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: prismaAsPgPool(prisma),
      storeType: "pool",
      // Created by our migration (prisma/migrations/*_throttle_vetting_role_grants), never by the library.
      tableName: "rate_limit",
      tableCreated: true,
      // Expired rows are reused by the upsert; a timer per limiter would keep scripts alive.
      clearExpiredByTimeout: false,
      keyPrefix: prefix,
      points: limit.points * pointsScale(),
      duration: limit.durationSeconds,
    });
    byPrefix.set(prefix, limiter);
  }
  return limiter;
}

/**
 * Counts one request of `action` against the caller's address and account, in the database
 * (every app instance shares the counts), and refuses it with `throttled` once a limit is used
 * up. A failure of the store itself is not swallowed: the request fails as unexpected.
 */
export async function consumeRateLimit(prisma: PrismaClient, action: RateLimitedAction, subject: RateLimitSubject): Promise<void> {
  const policy: { perAddress?: Limit; perAccount?: Limit } = RATE_LIMITS[action];
  const checks: Array<[string, Limit, string]> = [];
  if (policy.perAddress && subject.address) checks.push([rateLimitPrefix(action, "address"), policy.perAddress, subject.address.toLowerCase()]);
  if (policy.perAccount && subject.accountId) checks.push([rateLimitPrefix(action, "account"), policy.perAccount, subject.accountId]);
  for (const [prefix, limit, key] of checks) {
    try {
      await limiterFor(prisma, prefix, limit).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        // Seconds as well, for an HTTP Retry-After (the public API); people are told minutes.
        throw new DomainError("throttled", undefined, {
          minutes: Math.max(1, Math.ceil(error.msBeforeNext / 60_000)),
          seconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
        });
      }
      throw error;
    }
  }
}
