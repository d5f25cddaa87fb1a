import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { decryptPii, last4 } from "@/lib/crypto/pii";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import { bankChangeNeedsConfirmation, maskAccount } from "./payee-hold";

export interface BankAccountChangeInput {
  /** Whose account: an organisation (enterprise or institution) or one trainee of an institution. */
  payee: { organisationId: string } | { traineeId: string };
  /** The organisation whose members are told: the payee itself, or the trainee's institution. */
  notifyOrganisationId: string;
  /** Shown in the notification: the organisation's or the trainee's name. */
  payeeName: string;
  actor: Actor;
  previous: { bankName: string | null; bankAccountEnc: string | null; bankAccountLast4: string | null };
  next: { bankName: string | null; bankAccount: string };
}

/**
 * Called inside the transaction that stores a new account number. When the change must be
 * confirmed (payee-hold.ts), records it as PENDING, which holds the payee's unpaid grants (now and
 * any granted meanwhile) out of payment; audits it; tells the organisation's members, so a
 * change they did not make is noticed. A further change before the confirmation supersedes the
 * pending one (the reviewer never confirms an account other than the current one) and keeps the
 * last confirmed account as "old". Returns the e-mails to queue after the commit.
 */
export async function recordBankAccountChange(tx: Prisma.TransactionClient, change: BankAccountChangeInput): Promise<EmailJob[]> {
  const { previous, next } = change;
  const sameNumber = !!previous.bankAccountEnc && decryptPii(previous.bankAccountEnc) === next.bankAccount;
  const unpaidGrants = await tx.ledgerEntry.count({
    where: {
      grantKey: { not: null },
      amountFen: { gt: 0 },
      reversedBy: { is: null },
      paymentItems: { none: { status: "PAID" } },
      ...("organisationId" in change.payee
        ? { payeeKind: "ORGANISATION", organisationId: change.payee.organisationId }
        : { payeeKind: "TRAINEE", trainingLine: { is: { traineeId: change.payee.traineeId } } }),
    },
  });
  if (!bankChangeNeedsConfirmation({ hadAccount: !!previous.bankAccountEnc, sameNumber, unpaidGrants })) return [];

  const payeeWhere = "organisationId" in change.payee ? { organisationId: change.payee.organisationId } : { traineeId: change.payee.traineeId };
  const pending = await tx.bankAccountChange.findFirst({ where: { ...payeeWhere, status: "PENDING" }, orderBy: { requestedAt: "asc" } });
  await tx.bankAccountChange.updateMany({ where: { ...payeeWhere, status: "PENDING" }, data: { status: "SUPERSEDED" } });
  const record = await tx.bankAccountChange.create({
    data: {
      ...payeeWhere,
      oldBankName: pending ? pending.oldBankName : previous.bankName,
      oldAccountLast4: pending ? pending.oldAccountLast4 : previous.bankAccountLast4,
      newBankName: next.bankName,
      newAccountLast4: last4(next.bankAccount),
      requestedById: change.actor.id,
    },
  });
  await appendAuditEntry(tx, {
    actorId: change.actor.id,
    actorRole: change.actor.role,
    action: "bank-account.change",
    targetType: "BankAccountChange",
    targetId: record.id,
    result: "success",
    details: { ...payeeWhere, oldAccountLast4: record.oldAccountLast4, newAccountLast4: record.newAccountLast4, unpaidGrants, superseded: pending?.id ?? null },
  });
  return notifyOrganisation(tx, change.notifyOrganisationId, "bankAccountChanged", { payee: change.payeeName, account: maskAccount(record.newAccountLast4) });
}
