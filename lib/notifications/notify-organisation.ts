import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/mail/enqueue-email";
import type { NotificationKind } from "./notification-kinds";
import { notifyUsers, RECIPIENT_SELECT } from "./notify-users";

/** Kinds of claim notification; each is a key of the "notifications" namespace and an e-mail template of the same name. */
export type ClaimNotificationKind = Extract<
  NotificationKind,
  "claimChangesRequested" | "claimApproved" | "claimRejected" | "claimPublished" | "claimPaid" | "noticeItemObjected"
>;

export interface ClaimNotificationParams {
  claimNo: string;
  amount?: string;
  reason?: string;
  [key: string]: string | undefined;
}

/** The applicant's page of the claim with this number, for the applicant's role; null when no claim has it. */
async function applicantClaimHref(tx: Prisma.TransactionClient, claimNo: string): Promise<string | null> {
  const offshore = await tx.offshoreClaim.findUnique({ where: { claimNo }, select: { id: true } });
  if (offshore) return `/enterprise/claims/${offshore.id}`;
  const training = await tx.trainingClaim.findUnique({ where: { claimNo }, select: { id: true } });
  return training ? `/institution/claims/${training.id}` : null;
}

/**
 * Tells every active member of the applicant organisation about its claim: one inbox item each,
 * written inside the caller's transaction (it commits with the decision), linking to the claim;
 * returns the e-mails to queue once the transaction has committed, in each member's language,
 * leaving out members who turned this kind of mail off (never a mandatory kind).
 */
export async function notifyOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: string,
  kind: ClaimNotificationKind | (string & {}),
  params: ClaimNotificationParams,
): Promise<EmailJob[]> {
  const members = await tx.user.findMany({ where: { organisationId, disabledAt: null }, select: RECIPIENT_SELECT, orderBy: { createdAt: "asc" } });
  return notifyUsers(tx, members, kind, params, await applicantClaimHref(tx, params.claimNo));
}
