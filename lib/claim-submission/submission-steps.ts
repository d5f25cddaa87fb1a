import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEntry, type AuditEvent } from "@/lib/audit/append-audit-entry";
import { isEditable } from "@/lib/claim-lifecycle";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";

/** What every claim kind has for submission: the idempotency key, the status and the form version. */
interface SubmittableClaim {
  status: string;
  version: number;
  submissionKey: string | null;
  submissionCount: number;
  lines: unknown[];
}

/**
 * The checks before a submission, shared by offshore and training claims. Returns "already" when
 * this very submission (same key: a double click, a retry after a network error) has already
 * been recorded, so the caller returns the claim as it is.
 */
export function checkSubmittable(
  claim: SubmittableClaim,
  request: { version: number; submissionKey: string },
): "already" | "go" {
  if (claim.submissionKey === request.submissionKey) return "already";
  if (!isEditable(claim.status)) throw new DomainError("claimNotEditable");
  if (claim.version !== request.version) throw new DomainError("staleForm");
  if (claim.lines.length === 0) throw new DomainError("noLines");
  return "go";
}

/**
 * The end of a submission, shared by both claim kinds: the conditional state change, the
 * submission snapshot and the audit entry, in that order.
 *
 * - `update` must change the claim only if it still has the form's version (a `where` with the
 *   version, e.g. updateManyAndReturn) and return the updated rows: of two racing submissions
 *   only one matches; the other is this same submission if its key won (returned as it is), or
 *   refused as stale.
 * - The audit entry is the last statement: its stripe lock is held until the caller's commit, so
 *   nothing else runs under it (bench/README.md, fix S1).
 */
export async function recordSubmission<C extends { submissionKey: string | null }>(
  tx: Prisma.TransactionClient,
  step: {
    submissionKey: string;
    update: () => Promise<C[]>;
    reread: () => Promise<C>;
    submission: Prisma.ClaimSubmissionUncheckedCreateInput;
    audit: AuditEvent;
    /** Tells whom the submission concerns (inbox items; mails returned for after the commit), before the audit entry's lock. */
    notify?: (claim: C) => Promise<EmailJob[]>;
  },
): Promise<C & { emails: EmailJob[] }> {
  const [updated] = await step.update();
  if (!updated) {
    // A racing request with the same key may have committed first: that is this submission.
    const current = await step.reread();
    if (current.submissionKey === step.submissionKey) return Object.assign(current, { emails: [] });
    throw new DomainError("staleForm");
  }
  await tx.claimSubmission.create({ data: step.submission });
  const emails = step.notify ? await step.notify(updated) : [];
  await appendAuditEntry(tx, step.audit);
  return Object.assign(updated, { emails });
}
