import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";

/** Mails to the organisation's active members, each in their own language. */
export async function mailOrganisationMembers(tx: Prisma.TransactionClient, organisationId: string, template: string, params: Record<string, string>): Promise<EmailJob[]> {
  const members = await tx.user.findMany({ where: { organisationId, disabledAt: null }, select: { email: true, locale: true } });
  return members.map((m) => ({ to: m.email, template, params, locale: m.locale }));
}

