/**
 * Every action code the portal writes to the audit log, so the audit page can say in words what
 * happened (messages `audit.actions.<code>` in both languages; the code's dot nests the message).
 * A unit test (audit-action-codes.test.ts) reads every appendAuditEntry call in the code base and
 * fails when a code written there is missing here or has no message in a language.
 */
export const AUDIT_ACTION_CODES = [
  "api-key.create",
  "api-key.revoke",
  "api-key.use",
  "audit.export",
  "audit.key-rotated",
  "auth.login",
  "bank-account.change",
  "bank-account.confirm",
  "budget.set",
  "calendar.save-year",
  "city.create",
  "city.update",
  "employment-contract.confirm",
  "employment-contract.delete",
  "employment-contract.dispute",
  "employment-contract.record",
  "employment-contract.update",
  "evidence.delete",
  "evidence.upload",
  "evidence.view",
  "invitation.accept",
  "invitation.create",
  "ledger.reverse",
  "notice.dismiss-public-objection",
  "notice.object",
  "notice.public-objection",
  "notice.resolve-objection",
  "offshore-claim.create-draft",
  "offshore-claim.prefill",
  "offshore-claim.reopen",
  "offshore-claim.resubmit",
  "offshore-claim.save-draft",
  "offshore-claim.submit",
  "offshore-claim.withdraw",
  "organisation.activate",
  "organisation.move-in",
  "organisation.move-out",
  "organisation.register",
  "organisation.reject",
  "organisation.update-profile",
  "payment-batch.create",
  "payment-batch.export",
  "payment-batch.paid",
  "payment-item.claw-back",
  "payment-item.failed",
  "policy.discard-draft",
  "policy.publish",
  "policy.save-draft",
  "policy.start-draft",
  "review.approve",
  "review.assign",
  "review.declare-conflict",
  "review.queue-export",
  "review.reject",
  "review.request-changes",
  "review.second-approve",
  "staff-post.grant",
  "staff-post.revoke",
  "staff.switch-city",
  "trainee.import-cohort",
  "trainee.register",
  "trainee.update",
  "trainee.view-identity",
  "training-claim.add-line",
  "training-claim.add-lines",
  "training-claim.create",
  "training-claim.remove-line",
  "training-claim.resubmit",
  "training-claim.submit",
  "training-claim.withdraw",
  "training.delete",
  "training.record",
  "training.update",
  "user.cancel-role",
  "user.change-password",
  "user.confirm-role",
  "user.create-staff",
  "user.disable",
  "user.enable",
  "user.request-role",
  "verification.import-fx-receipts",
  "verification.import-statistics",
  "verification.set-usd-rate",
  "verification.upload-own-receipts",
] as const;

export type AuditActionCode = (typeof AUDIT_ACTION_CODES)[number];

const known: ReadonlySet<string> = new Set(AUDIT_ACTION_CODES);

export function isKnownAuditAction(code: string): code is AuditActionCode {
  return known.has(code);
}

/**
 * The message key of an action code, or null for a code this version does not know (an entry
 * written by a newer or older version): the page then shows a fallback that still names the code.
 */
export function auditActionMessageKey(code: string): string | null {
  return isKnownAuditAction(code) ? `actions.${code}` : null;
}
