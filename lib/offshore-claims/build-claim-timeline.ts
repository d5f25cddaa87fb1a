/**
 * The history an applicant sees on the claim page, merged from the audit log (drafting,
 * withdrawal), the submissions, the reviewers' decisions (with their comments), and the grant's
 * notice and payment rows. Pure: the caller loads the rows.
 */

export type TimelineKind =
  | "drafted"
  | "submitted"
  | "resubmitted"
  | "withdrawn"
  | "reopened"
  | "changesRequested"
  | "approved"
  | "rejected"
  | "inNotice"
  | "paid";

export interface TimelineComment {
  lineNo: number | null;
  contractRegNo: string | null;
  text: string;
}

export interface TimelineEvent {
  kind: TimelineKind;
  at: Date;
  amountFen?: number | null;
  reason?: string | null;
  submissionSequence?: number;
  comments?: TimelineComment[];
}

export interface TimelineAuditRow {
  action: string;
  at: Date;
  details?: unknown;
}

export interface TimelineDecisionRow {
  decision: "REQUEST_CHANGES" | "REJECT" | "APPROVE" | "SECOND_APPROVE";
  createdAt: Date;
  reason: string | null;
  amountFen: number | null;
  comments: Array<{ text: string; offshoreLine: { lineNo: number; contractRegNo: string } | null }>;
}

export interface TimelineSubmissionRow {
  sequence: number;
  submittedAt: Date;
}

function kindOfAuditAction(action: string): TimelineKind | null {
  if (action === "offshore-claim.create-draft") return "drafted";
  if (action === "offshore-claim.withdraw") return "withdrawn";
  if (action === "offshore-claim.reopen") return "reopened";
  return null;
}

export function buildClaimTimeline(input: {
  audit: TimelineAuditRow[];
  decisions: TimelineDecisionRow[];
  submissions: TimelineSubmissionRow[];
  /** When the claim's grant went on public notice (notice items of its ledger entries). */
  noticesPublishedAt?: Date[];
  /** When payments of its grant were settled (paid items' batches). */
  paidAt?: Date[];
}): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const at of input.noticesPublishedAt ?? []) events.push({ kind: "inNotice", at });
  for (const at of input.paidAt ?? []) events.push({ kind: "paid", at });
  for (const row of input.audit) {
    const kind = kindOfAuditAction(row.action);
    if (kind) events.push({ kind, at: row.at });
  }
  for (const submission of input.submissions) {
    events.push({
      kind: submission.sequence === 1 ? "submitted" : "resubmitted",
      at: submission.submittedAt,
      submissionSequence: submission.sequence,
    });
  }
  for (const decision of input.decisions) {
    const comments = decision.comments.map((comment) => ({
      lineNo: comment.offshoreLine?.lineNo ?? null,
      contractRegNo: comment.offshoreLine?.contractRegNo ?? null,
      text: comment.text,
    }));
    switch (decision.decision) {
      case "REQUEST_CHANGES":
        events.push({ kind: "changesRequested", at: decision.createdAt, reason: decision.reason, comments });
        break;
      case "REJECT":
        events.push({ kind: "rejected", at: decision.createdAt, reason: decision.reason, comments });
        break;
      case "APPROVE":
      case "SECOND_APPROVE":
        events.push({ kind: "approved", at: decision.createdAt, amountFen: decision.amountFen, reason: decision.reason, comments });
        break;
    }
  }
  // Oldest first; a first approval followed by the second reviewer's shows once, with the final amount.
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const merged: TimelineEvent[] = [];
  for (const event of events) {
    const previous = merged.at(-1);
    if (event.kind === "approved" && previous?.kind === "approved") merged[merged.length - 1] = event;
    else merged.push(event);
  }
  return merged;
}

/** The reviewers' comments of the latest request for changes, by line id and for the whole claim. */
export function latestChangeRequest(
  decisions: Array<{ decision: string; createdAt: Date; reason: string | null; comments: Array<{ text: string; offshoreLineId: string | null }> }>,
) {
  const latest = decisions
    .filter((decision) => decision.decision === "REQUEST_CHANGES")
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!latest) return null;
  const byLine: Record<string, string[]> = {};
  const general: string[] = latest.reason ? [latest.reason] : [];
  for (const comment of latest.comments) {
    if (comment.offshoreLineId) (byLine[comment.offshoreLineId] ??= []).push(comment.text);
    else general.push(comment.text);
  }
  return { at: latest.createdAt, general, byLine };
}
