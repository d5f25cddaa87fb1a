import type { AuditEntry, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { inCityTransaction } from "@/lib/db/city-scope";
import { clampPage } from "@/lib/paging/clamp-page";
import type { AuditFilter } from "./parse-audit-filter";

export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Start of a China calendar day (UTC+8, no daylight saving) as an instant. */
function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * The ids a target search means: a claim number, an organisation's or person's name (part of it),
 * a user's name or e-mail, or an id typed as it is. Bounded: a search matching hundreds of
 * records is a search to narrow, not to answer exhaustively.
 */
async function targetIdsMatching(prisma: PrismaClient, search: string): Promise<string[]> {
  const contains = { contains: search, mode: "insensitive" as const };
  const take = 500;
  const [offshore, training, organisations, trainees, users] = await Promise.all([
    prisma.offshoreClaim.findMany({ where: { claimNo: contains }, select: { id: true }, take }),
    prisma.trainingClaim.findMany({ where: { claimNo: contains }, select: { id: true }, take }),
    prisma.organisation.findMany({ where: { OR: [{ nameZh: contains }, { nameEn: contains }] }, select: { id: true }, take }),
    prisma.trainee.findMany({ where: { name: contains }, select: { id: true }, take }),
    prisma.user.findMany({ where: { OR: [{ name: contains }, { email: contains }] }, select: { id: true }, take }),
  ]);
  const ids = [...offshore, ...training, ...organisations, ...trainees, ...users].map((r) => r.id);
  if (UUID.test(search)) ids.push(search.toLowerCase());
  return ids;
}

export interface AuditListRow {
  seq: bigint;
  at: Date;
  action: string;
  result: string;
  actorRole: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  /** What the target is called, for the types the page can name (claim number, name); else null. */
  targetLabel: string | null;
  /** The whole stored record, for the disclosure beside the row. */
  raw: Record<string, unknown>;
}

/** Names of the targets on one page: claim numbers, organisations and accounts by name, persons by name and masked ID number. */
async function targetLabels(prisma: PrismaClient, rows: Array<{ targetType: string | null; targetId: string | null }>): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId && UUID.test(r.targetId)).map((r) => r.targetId!))];
  const [offshore, training, organisations, trainees, users] = await Promise.all([
    prisma.offshoreClaim.findMany({ where: { id: { in: idsOf("OffshoreClaim") } }, select: { id: true, claimNo: true } }),
    prisma.trainingClaim.findMany({ where: { id: { in: idsOf("TrainingClaim") } }, select: { id: true, claimNo: true } }),
    prisma.organisation.findMany({ where: { id: { in: idsOf("Organisation") } }, select: { id: true, nameZh: true } }),
    prisma.trainee.findMany({ where: { id: { in: idsOf("Trainee") } }, select: { id: true, name: true, person: { select: { idNumberMasked: true } } } }),
    prisma.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true } }),
  ]);
  const labels = new Map<string, string>();
  for (const c of offshore) labels.set(`OffshoreClaim:${c.id}`, c.claimNo);
  for (const c of training) labels.set(`TrainingClaim:${c.id}`, c.claimNo);
  for (const o of organisations) labels.set(`Organisation:${o.id}`, o.nameZh);
  for (const t of trainees) labels.set(`Trainee:${t.id}`, `${t.name} ${t.person.idNumberMasked}`);
  for (const u of users) labels.set(`User:${u.id}`, u.name);
  return labels;
}

/**
 * The filters as a where clause: actor (name or e-mail), target (claim number, name, id), action
 * code, China calendar days; and the reader's city (issue 22): an administrator's log is the
 * entries written in their city (AuditEntry.cityId, set by appendAuditEntry), whatever the filters
 * say — a filter can only narrow it, so another city's entry is found by no actor, target or id.
 * Deployment-wide entries (no city: the working-day calendar, key rotations, throttled and unknown
 * logins, and older entries whose city could not be derived) are in no city's log: nothing says
 * they concern this city, an unknown login names an e-mail address that may be another city's,
 * and the deployment's operators read them with the verifier and in the database.
 */
export async function auditEntryWhere(prisma: PrismaClient, filter: Omit<AuditFilter, "page">, cityId: string): Promise<Prisma.AuditEntryWhereInput> {
  const where: Prisma.AuditEntryWhereInput = { cityId };
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: chinaDayStart(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(chinaDayStart(filter.to).getTime() + 24 * 3600 * 1000) } : {}),
    };
  }
  if (filter.actor) {
    const actors = await prisma.user.findMany({
      where: { OR: [{ name: { contains: filter.actor, mode: "insensitive" } }, { email: { contains: filter.actor, mode: "insensitive" } }] },
      select: { id: true },
      take: 500,
    });
    where.actorId = { in: actors.map((a) => a.id) };
  }
  if (filter.target) where.targetId = { in: await targetIdsMatching(prisma, filter.target) };
  return where;
}

/** Stored entries as the page and the export show them: with the actor's and the target's names. */
export async function auditListRows(prisma: PrismaClient, entries: AuditEntry[]): Promise<AuditListRow[]> {
  const actorIds = [...new Set(entries.map((r) => r.actorId).filter((x): x is string => !!x))];
  const [users, labels] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    targetLabels(prisma, entries),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    action: e.action,
    result: e.result,
    actorRole: e.actorRole,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    targetType: e.targetType,
    targetId: e.targetId,
    targetLabel: e.targetType && e.targetId ? (labels.get(`${e.targetType}:${e.targetId}`) ?? null) : null,
    raw: { ...e, seq: String(e.seq) },
  }));
}

/**
 * The audit log for the administrators' page: newest first, filtered (auditEntryWhere), a page of
 * AUDIT_PAGE_SIZE clamped to the pages there are.
 */
export async function listAuditEntries(prisma: PrismaClient, filter: AuditFilter, cityId: string, pageSize = AUDIT_PAGE_SIZE) {
  const where = await auditEntryWhere(prisma, filter, cityId);
  // In the city's transaction too: row-level security shows no other city's entry even if the
  // where clause above lost its city. (The names beside them are read after, for these rows only.)
  const { total, page, pageCount, entries } = await inCityTransaction(prisma, cityId, async (tx) => {
    const total = await tx.auditEntry.count({ where });
    const { page, pageCount } = clampPage(filter.page, total, pageSize);
    const entries = await tx.auditEntry.findMany({ where, orderBy: { seq: "desc" }, skip: (page - 1) * pageSize, take: pageSize });
    return { total, page, pageCount, entries };
  });
  return { rows: await auditListRows(prisma, entries), total, page, pageCount };
}
