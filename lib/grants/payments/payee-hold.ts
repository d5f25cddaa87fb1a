/**
 * Why a grant that is otherwise payable (notice over, not in a pending or paid batch) must wait.
 * Pure: the payment pool, the batch builder and the export all ask the same question.
 *
 * - "bankAccountMissing": the payee has no account on file (data from before accounts were
 *   required at submission); the item would otherwise block a whole batch at export.
 * - "bankAccountUnconfirmed": the account was changed after grants were waiting and a reviewer
 *   with the payment role has not confirmed it yet; paying it unconfirmed is how a hijacked
 *   login diverts public money.
 */
export type PayeeHoldReason = "bankAccountMissing" | "bankAccountUnconfirmed";

export interface PayeeBankState {
  bankName: string | null | undefined;
  bankAccountEnc: string | null | undefined;
  pendingChanges: number;
}

export function payeeHoldReason(payee: PayeeBankState | null | undefined): PayeeHoldReason | null {
  if (!payee || !payee.bankName || !payee.bankAccountEnc) return "bankAccountMissing";
  if (payee.pendingChanges > 0) return "bankAccountUnconfirmed";
  return null;
}

/**
 * Whether a new account number must wait for a reviewer. Replacing a known account always does:
 * grants approved later (claims already in review) would go to the new account too. A first
 * account needs confirmation only when grants are already waiting for it (data from before
 * accounts were required): at ordinary onboarding nothing has been approved yet, and the
 * account is then checked with every claim the reviewers approve.
 */
export function bankChangeNeedsConfirmation(change: { hadAccount: boolean; sameNumber: boolean; unpaidGrants: number }): boolean {
  if (change.sameNumber) return false;
  return change.hadAccount || change.unpaidGrants > 0;
}

/** The account as a reviewer or member may see it: the last four digits only. */
export function maskAccount(last4: string | null | undefined): string {
  return last4 ? `**** **** ${last4}` : "—";
}
