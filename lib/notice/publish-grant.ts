import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeEndsAt } from "./working-days";

/** Puts an approved grant on the public notice (公示) for the policy's notice period, inside the approval's transaction. */
export async function publishGrant(
  tx: Prisma.TransactionClient,
  grant: { ledgerEntryId: string; publicName: string; amountFen: number; noticePeriodWorkingDays: number },
  now: Date,
) {
  return tx.noticeItem.create({
    data: {
      ledgerEntryId: grant.ledgerEntryId,
      publicName: grant.publicName,
      amountFen: grant.amountFen,
      publishedAt: now,
      endsAt: noticeEndsAt(now, grant.noticePeriodWorkingDays),
    },
  });
}
