import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/mail/enqueue-email";

/** Kinds of claim notification; each is a key of the "notifications" namespace and an e-mail template of the same name. */
export type ClaimNotificationKind = "claimChangesRequested" | "claimApproved" | "claimRejected" | "claimPublished" | "claimPaid";

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
  kind: ClaimNotificationKind,
  params: ClaimNotificationParams,
): Promise<EmailJob[]> {
  return notifyOrganisationOfAll(tx, organisationId, [{ kind, params }]);
}

/** The same for several notifications at once (an approval: approved, and published on the notice), in two statements. */
export async function notifyOrganisationOfAll(
  tx: Prisma.TransactionClient,
  organisationId: string,
  notes: Array<{ kind: ClaimNotificationKind; params: ClaimNotificationParams }>,
): Promise<EmailJob[]> {
  const clean = notes.map((n) => ({ kind: n.kind, params: Object.fromEntries(Object.entries(n.params).filter(([, v]) => v !== undefined)) as Record<string, string> }));
  await tx.notification.createMany({ data: clean.map((n) => ({ organisationId, kind: n.kind, params: n.params })) });
  const members = await tx.user.findMany({
    where: { organisationId, disabledAt: null },
    select: { email: true, locale: true },
  });
  return clean.flatMap((n) => members.map((m) => ({ to: m.email, template: n.kind, params: n.params, locale: m.locale })));
}
