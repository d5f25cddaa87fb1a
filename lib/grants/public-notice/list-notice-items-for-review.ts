import type { PrismaClient } from "@/lib/generated/prisma/client";
import { effectiveNoticeStatus } from "./notice-period";

/** The city's notice list as its reviewers see it: every item with its effective status and the claim it belongs to. */
export async function listNoticeItemsForReview(prisma: PrismaClient, cityId: string, now: Date = new Date(), take = 200) {
  const rows = await prisma.noticeItem.findMany({
    where: { cityId },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
    include: {
      ledgerEntry: {
        select: {
          rule: true,
          claimYear: true,
          offshoreClaim: { select: { id: true, claimNo: true } },
          trainingClaim: { select: { id: true, claimNo: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r, effectiveStatus: effectiveNoticeStatus(r, now) }));
}
