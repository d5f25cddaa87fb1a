import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyUsers, RECIPIENT_SELECT } from "./notify-users";

/** Where an enterprise confirms or disputes the contracts institutions recorded with it. */
export const CONFIRMATIONS_HREF = "/enterprise/employment";

/**
 * Tells every active member of a registered employer that contract confirmations wait for it:
 * "contractConfirmationRequested" when an institution records a contract naming it,
 * "contractConfirmationReminder" when they have waited too long. No trainee data goes into the
 * item or the mail: the count and the institution, the rest is on the confirmations page.
 */
export async function notifyEmployerOfContracts(
  tx: Prisma.TransactionClient,
  employerOrganisationId: string,
  kind: "contractConfirmationRequested" | "contractConfirmationReminder",
  params: { institution?: string; count: number; days?: number },
): Promise<EmailJob[]> {
  const members = await tx.user.findMany({ where: { organisationId: employerOrganisationId, disabledAt: null }, select: RECIPIENT_SELECT, orderBy: { createdAt: "asc" } });
  return notifyUsers(
    tx,
    members,
    kind,
    { institution: params.institution, count: String(params.count), days: params.days === undefined ? undefined : String(params.days) },
    CONFIRMATIONS_HREF,
  );
}

/**
 * After an institution records or edits a contract: a registered employer asked to confirm it
 * (PENDING) is told, with how many confirmations wait for it in all.
 */
export async function tellEmployerOfPendingContract(
  tx: Prisma.TransactionClient,
  institutionId: string,
  contract: { employerOrganisationId: string | null; confirmation: string },
): Promise<EmailJob[]> {
  if (!contract.employerOrganisationId || contract.confirmation !== "PENDING") return [];
  const [institution, waiting] = await Promise.all([
    tx.organisation.findUniqueOrThrow({ where: { id: institutionId }, select: { nameZh: true } }),
    tx.employmentContract.count({ where: { employerOrganisationId: contract.employerOrganisationId, confirmation: "PENDING" } }),
  ]);
  return notifyEmployerOfContracts(tx, contract.employerOrganisationId, "contractConfirmationRequested", { institution: institution.nameZh, count: waiting });
}
