import type { Prisma } from "@/lib/generated/prisma/client";

/** Ends one session (logout). Every instance reads the session row, so it ends everywhere. */
export async function revokeSession(tx: Prisma.TransactionClient, sessionId: string): Promise<void> {
  await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user (password change, account disabled), optionally but one. */
export async function revokeUserSessions(
  tx: Prisma.TransactionClient,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const result = await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return result.count;
}
