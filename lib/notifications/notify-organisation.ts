import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/mail/enqueue-email";

/** Kinds of claim notification; each is a key of the "notifications" namespace and an e-mail template of the same name. */
export type ClaimNotificationKind = "claimChangesRequested" | "claimApproved" | "claimRejected" | "claimPublished" | "claimPaid";

/** A payee's bank account changed (payments held) or a reviewer confirmed it: lib/payments. */
export type BankAccountNotificationKind = "bankAccountChanged" | "bankAccountConfirmed";

export interface BankAccountNotificationParams {
  payee: string;
  account: string;
  [key: string]: string | undefined;
}

export interface ClaimNotificationParams {
  claimNo: string;
  amount?: string;
  reason?: string;
  [key: string]: string | undefined;
}

/**
 * Writes the in-portal notification inside the caller's transaction (it commits with the
 * decision) and returns the e-mails to queue once the transaction has committed, one per active
 * member of the organisation, in that member's language.
 */
export async function notifyOrganisation(
  tx: Prisma.TransactionClient,
  organisationId: string,
  kind: ClaimNotificationKind | BankAccountNotificationKind,
  params: ClaimNotificationParams | BankAccountNotificationParams,
): Promise<EmailJob[]> {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>;
  await tx.notification.create({ data: { organisationId, kind, params: clean } });
  const members = await tx.user.findMany({
    where: { organisationId, disabledAt: null },
    select: { email: true, locale: true },
  });
  return members.map((m) => ({ to: m.email, template: kind, params: clean, locale: m.locale }));
}
