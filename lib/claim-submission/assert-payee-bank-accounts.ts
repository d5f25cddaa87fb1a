import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * A claim is submitted only when the organisation it pays has a bank account on file. Without
 * this, an account-less grant went through approval and public notice and then blocked a payment
 * batch. Refused with a form error; the claim page says what is missing and links to the profile.
 *
 * Decision for training claims: the trainees' own accounts are not required here. A trainee's
 * subsidy belongs to the trainee, whose account the institution may not have yet (graduates move
 * and change banks); refusing the whole claim would hold back the institution's part and every
 * other trainee's for one missing account. The trainee's grant is approved and noticed on its
 * merits and then waits alone in the payment pool with the reason shown
 * (lib/grants/payments/list-payable-grants.ts), instead of blocking a batch; an account added later for
 * a waiting grant needs a reviewer's confirmation (lib/grants/payments/payee-hold.ts). The claim page
 * names those trainees before submission.
 */
export async function assertOrganisationBankAccount(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { bankName: true, bankAccountEnc: true } });
  if (!organisation?.bankName || !organisation.bankAccountEnc) throw new DomainError("bankAccountMissing");
}
