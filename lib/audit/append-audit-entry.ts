import type { Prisma } from "@/lib/generated/prisma/client";
import { auditGenesisHash, auditStripeFor, computeKeyedAuditHash } from "./audit-hash";
import { auditKeyringFromEnv } from "./audit-keys";

export interface AuditEvent {
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result: "success" | "failure" | "denied";
  details?: Prisma.InputJsonValue;
  ipAddress?: string | null;
  /**
   * The city the entry belongs to (issue 22). Leave it out: the database derives it in the
   * statement that reads the predecessor (portal_audit_city, migration
   * 20261207195219_audit_entry_city): the city the transaction entered, else the actor's (staff:
   * theirs; members: their organisation's), else the target's, else none (deployment-wide). Give
   * it only to say otherwise; null for a deployment-wide entry.
   */
  cityId?: string | null;
}

// Any constant: the first key of the two-key advisory lock of every stripe (the second key is the
// stripe). Every instance takes the same transaction-scoped lock for a stripe, so appends to one
// stripe are serialised across app instances and two entries never claim the same predecessor;
// appends to different stripes do not wait for each other.
const AUDIT_CHAIN_LOCK = 7_356_001;

// The stripe each open transaction appends to. A transaction keeps to the stripe of its first
// entry, so it never holds two stripe locks: two transactions cannot deadlock on audit locks
// whatever order they audit their targets in (one stripe lock per transaction, like the single
// lock before striping). Keyed by the transaction client, which lives as long as the transaction.
const stripeOfTransaction = new WeakMap<object, number>();

/**
 * Appends one entry to the hash-chained audit log, keyed with the current AUDIT_HMAC_KEY. Takes the caller's transaction so that the
 * entry commits together with the change it records, or not at all. The stripe lock is held until
 * the caller commits: make this the transaction's last statement.
 */
export async function appendAuditEntry(tx: Prisma.TransactionClient, event: AuditEvent): Promise<void> {
  const chain = stripeOfTransaction.get(tx) ?? auditStripeFor(event.targetType, event.targetId);
  stripeOfTransaction.set(tx, chain);
  // The lock and the read of the predecessor must stay two statements: the read's snapshot must
  // be taken after the lock is granted, or it could miss an entry committed meanwhile and fork.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::int4, ${chain}::int4)`;
  // The predecessor through portal_audit_chain_head: a stripe holds every city's entries, and
  // inside a city's transaction row-level security shows only that city's, so a plain read could
  // miss the newest entry and fork the stripe. The entry's city in the same round trip.
  const cityKnown = event.cityId !== undefined;
  const [head] = await tx.$queryRaw<Array<{ prevHash: string | null; cityId: string | null }>>`
    SELECT "portal_audit_chain_head"(${chain}::int4) AS "prevHash",
           CASE WHEN ${cityKnown} THEN ${event.cityId ?? null}::text
                ELSE "portal_audit_city"(${event.actorId ?? null}::uuid, ${event.targetType ?? null}::text, ${event.targetId ?? null}::text) END AS "cityId"`;
  const prevHash = head?.prevHash ?? auditGenesisHash(chain);
  const row = {
    at: new Date(),
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    result: event.result,
    details: event.details ?? null,
    ipAddress: event.ipAddress ?? null,
    cityId: head?.cityId ?? null,
  };
  const key = auditKeyringFromEnv().current;
  const hash = computeKeyedAuditHash(key, prevHash, row);
  await tx.auditEntry.create({
    data: { ...row, details: event.details ?? undefined, chain, prevHash, hash, hashKeyId: key.id },
  });
}
