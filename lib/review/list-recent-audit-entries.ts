import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The audit log newest first, 100 a page (keyset on seq), with actors' names. */
export async function listRecentAuditEntries(prisma: PrismaClient, before?: string, take = 100) {
  const cursor = before && /^\d{1,19}$/.test(before) ? BigInt(before) : null;
  const rows = await prisma.auditEntry.findMany({ where: cursor ? { seq: { lt: cursor } } : {}, orderBy: { seq: "desc" }, take });
  const ids = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    rows: rows.map((r) => ({ ...r, actorName: r.actorId ? (names.get(r.actorId) ?? null) : null })),
    nextBefore: rows.length === take ? String(rows[rows.length - 1]!.seq) : null,
  };
}
