import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeEndsAt } from "./notice-period";

export interface GrantToPublish {
  ledgerEntryId: string;
  publicName: string;
  amountFen: number;
  noticePeriodWorkingDays: number;
}

function noticeItem(grant: GrantToPublish, now: Date) {
  return {
    ledgerEntryId: grant.ledgerEntryId,
    publicName: grant.publicName,
    amountFen: grant.amountFen,
    publishedAt: now,
    endsAt: noticeEndsAt(now, grant.noticePeriodWorkingDays),
  };
}

/** Puts an approved grant on the public notice (公示) for the policy's notice period, inside the approval's transaction. */
export async function publishGrant(tx: Prisma.TransactionClient, grant: GrantToPublish, now: Date) {
  return tx.noticeItem.create({ data: noticeItem(grant, now) });
}

/** The same for all the grants of one approval, in one statement. */
export async function publishGrants(tx: Prisma.TransactionClient, grants: GrantToPublish[], now: Date): Promise<void> {
  if (grants.length > 0) await tx.noticeItem.createMany({ data: grants.map((g) => noticeItem(g, now)) });
}
