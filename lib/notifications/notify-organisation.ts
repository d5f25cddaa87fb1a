import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import type { NotificationKind } from "./notification-kinds";
import { notifyUsersOfAll, RECIPIENT_SELECT } from "./notify-users";

/** Kinds of claim notification; each is a key of the "notifications" namespace and an e-mail template of the same name. */
export type ClaimNotificationKind = Extract<
  NotificationKind,
  "claimChangesRequested" | "claimApproved" | "claimRejected" | "claimPublished" | "claimPaid" | "claimClawedBack" | "noticeItemObjected"
>;

/** A payee's bank account changed (payments held) or a reviewer confirmed it: lib/payments. */
export type BankAccountNotificationKind = "bankAccountChanged" | "bankAccountConfirmed";

export interface BankAccountNotificationParams {
  payee: string;
  account: string;
  [key: string]: string | undefined;
}

/** The outcome of vetting an organisation's registration: lib/organisations. */
export type OrganisationNotificationKind = "organisationActivated" | "organisationRejected";

export interface OrganisationNotificationParams {
  organisation: string;
  reason?: string;
  [key: string]: string | undefined;
}

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
  kind: ClaimNotificationKind | BankAccountNotificationKind | OrganisationNotificationKind | (string & {}),
  params: ClaimNotificationParams | BankAccountNotificationParams | OrganisationNotificationParams,
): Promise<EmailJob[]> {
  return notifyOrganisationOfAll(tx, organisationId, [{ kind, params }]);
}

/**
 * The same for several notifications at once (an approval: approved, and published on the
 * notice): the members are read once, and each notification links to the claim it names.
 */
export async function notifyOrganisationOfAll(
  tx: Prisma.TransactionClient,
  organisationId: string,
  notes: Array<{
    kind: ClaimNotificationKind | BankAccountNotificationKind | OrganisationNotificationKind | (string & {});
    params: ClaimNotificationParams | BankAccountNotificationParams | OrganisationNotificationParams;
  }>,
  /** The claim's page when the caller knows it (saves looking it up by number). */
  knownHref?: string,
): Promise<EmailJob[]> {
  const members = await tx.user.findMany({ where: { organisationId, disabledAt: null }, select: RECIPIENT_SELECT, orderBy: { createdAt: "asc" } });
  const hrefs = new Map<string, string | null>();
  for (const { params } of notes) {
    // Bank-account and vetting notices concern the organisation, not a claim: no claim link.
    if (params.claimNo && !hrefs.has(params.claimNo)) hrefs.set(params.claimNo, knownHref ?? (await applicantClaimHref(tx, params.claimNo)));
  }
  return notifyUsersOfAll(tx, members, notes.map((n) => ({ ...n, href: n.params.claimNo ? (hrefs.get(n.params.claimNo) ?? null) : null })));
}
