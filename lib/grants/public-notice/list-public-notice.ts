import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export interface PublicNoticeRow {
  id: string;
  publicName: string;
  amountFen: number;
  rule: "A_OFFSHORE" | "B_TRAINEE" | "B_INSTITUTION";
  claimYear: number;
  publishedAt: Date;
  endsAt: Date;
  held: boolean;
}

/** The city's items still in their period, and its items held by an objection. */
function publicNoticeWhere(cityId: string, now: Date): Prisma.NoticeItemWhereInput {
  return { cityId, OR: [{ status: "IN_NOTICE", endsAt: { gt: now } }, { status: "OBJECTED" }] };
}

/**
 * A city's public notice (公示) as anyone may see it: items still in their period, and items held
 * by an objection. An item whose period has run out is gone even if no job has marked it
 * ENDED yet (endsAt is compared with now in the query). Nothing else is shown: no ids of
 * claims, no identity numbers, trainees by masked name only. The notice page shows the first
 * 1,000; the public API (lib/api/v1/list-notice.ts) pages through the same list.
 */
export async function listPublicNotice(
  prisma: PrismaClient,
  cityId: string,
  now: Date = new Date(),
  range: { skip: number; take: number } = { skip: 0, take: 1000 },
): Promise<PublicNoticeRow[]> {
  const rows = await prisma.noticeItem.findMany({
    where: publicNoticeWhere(cityId, now),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip: range.skip,
    take: range.take,
    select: {
      id: true,
      publicName: true,
      amountFen: true,
      publishedAt: true,
      endsAt: true,
      status: true,
      ledgerEntry: { select: { rule: true, claimYear: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    publicName: r.publicName,
    amountFen: r.amountFen,
    rule: r.ledgerEntry.rule,
    claimYear: r.ledgerEntry.claimYear,
    publishedAt: r.publishedAt,
    endsAt: r.endsAt,
    held: r.status === "OBJECTED",
  }));
}

/** How many items the public notice has now (for paging). */
export async function countPublicNotice(prisma: PrismaClient, cityId: string, now: Date = new Date()): Promise<number> {
  return prisma.noticeItem.count({ where: publicNoticeWhere(cityId, now) });
}
