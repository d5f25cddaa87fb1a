import type { PrismaClient } from "@/lib/generated/prisma/client";

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

/**
 * The public notice (公示) as anyone may see it: items still in their period, and items held
 * by an objection. An item whose period has run out is gone even if no job has marked it
 * ENDED yet (endsAt is compared with now in the query). Nothing else is shown: no ids of
 * claims, no identity numbers, trainees by masked name only.
 */
export async function listPublicNotice(prisma: PrismaClient, now: Date = new Date()): Promise<PublicNoticeRow[]> {
  const rows = await prisma.noticeItem.findMany({
    where: { OR: [{ status: "IN_NOTICE", endsAt: { gt: now } }, { status: "OBJECTED" }] },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 1000,
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
