import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afterFailure, isLocked, throttleKey, type ThrottleKind } from "./throttle-policy";

interface Subject {
  email: string;
  ipAddress: string;
}

function keysFor(subject: Subject): Array<[ThrottleKind, string]> {
  return [
    ["account", throttleKey("account", subject.email)],
    ["address", throttleKey("address", subject.ipAddress)],
  ];
}

/** Whether this account or this address is locked now. Read from the database, shared by all instances. */
export async function isLoginThrottled(prisma: PrismaClient, subject: Subject, now = new Date()): Promise<boolean> {
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keysFor(subject).map(([, k]) => k) } } });
  return rows.some((row) => isLocked(row, now));
}

export async function recordLoginFailure(prisma: PrismaClient, subject: Subject, now = new Date()): Promise<void> {
  for (const [kind, key] of keysFor(subject)) {
    // Row lock (FOR UPDATE) so concurrent failures on several instances each count.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "updatedAt")
        VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [current] = await tx.$queryRaw<Array<{ failures: number; windowStart: Date; lockedUntil: Date | null }>>`
        SELECT "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = afterFailure(kind, current!.failures === 0 ? null : current!, now);
      await tx.loginThrottle.update({ where: { key }, data: next });
    });
  }
}

/** A successful login clears the account's counter, not the address's. */
export async function clearAccountThrottle(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.loginThrottle.deleteMany({ where: { key: throttleKey("account", email) } });
}
