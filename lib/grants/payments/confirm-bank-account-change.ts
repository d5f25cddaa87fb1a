import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import type { Reviewer } from "@/lib/review/reviewer";
import { assertMayReleasePayments } from "./create-payment-batch";
import { maskAccount } from "./payee-hold";
import { inCityTransaction } from "@/lib/db/city-scope";

export const confirmBankAccountChangeSchema = z.object({ changeId: z.uuid() });
export type ConfirmBankAccountChangeInput = z.infer<typeof confirmBankAccountChangeSchema>;

/**
 * A reviewer with the payment role has checked the new account (e.g. by calling the organisation
 * on the number it registered with) and releases the payee's held grants. Conditional on the
 * change still being PENDING: a change superseded by a later one (another account) or already
 * confirmed is refused, so the reviewer confirms exactly the account on screen. The state change,
 * its audit entry and the members' notification commit together.
 */
export async function confirmBankAccountChange(prisma: PrismaClient, reviewer: Reviewer, input: ConfirmBankAccountChangeInput, now: Date = new Date()) {
  assertMayReleasePayments(reviewer);
  const { changeId } = confirmBankAccountChangeSchema.parse(input);
  const inCity = { OR: [{ organisation: { is: { cityId: reviewer.cityId } } }, { trainee: { is: { institution: { cityId: reviewer.cityId } } } }] };
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const updated = await tx.bankAccountChange.updateMany({
      // Another city's payee's change is not found here (it stays PENDING for its own bureau).
      where: { id: changeId, status: "PENDING", ...inCity },
      data: { status: "CONFIRMED", decidedById: reviewer.id, decidedAt: now },
    });
    const change = await tx.bankAccountChange.findFirst({
      where: { id: changeId, ...inCity },
      include: { organisation: { select: { nameZh: true } }, trainee: { select: { name: true, institutionId: true } } },
    });
    if (!change) throw new NotFoundError();
    if (updated.count === 0) throw new DomainError("bankAccountChangeNotPending");
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "bank-account.confirm",
      targetType: "BankAccountChange",
      targetId: change.id,
      result: "success",
      details: { organisationId: change.organisationId, traineeId: change.traineeId, newAccountLast4: change.newAccountLast4 },
    });
    const organisationId = change.organisationId ?? change.trainee!.institutionId;
    const payee = change.organisation?.nameZh ?? change.trainee?.name ?? "";
    const emails = await notifyOrganisation(tx, organisationId, "bankAccountConfirmed", { payee, account: maskAccount(change.newAccountLast4) });
    return { emails };
  });
}
