/**
 * Every kind of notification the portal sends. Each kind is a key of messages/<locale>/notifications.json
 * (the inbox line) and of messages/<locale>/email.json (the mail), and is rendered in the reader's
 * language when it is shown or sent: only the key and its parameters are stored.
 */
export const NOTIFICATION_KINDS = [
  "claimChangesRequested",
  "claimApproved",
  "claimRejected",
  "claimPublished",
  "claimPaid",
  "claimClawedBack",
  "noticeItemObjected",
  "claimSubmittedForReview",
  "claimResubmittedForReview",
  "contractConfirmationRequested",
  "contractConfirmationReminder",
  "organisationActivated",
  "organisationRejected",
  // To administrators: an approval was refused for a year whose working-day calendar is missing.
  "calendarYearMissing",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Mails the law requires the bureau to send; nobody can turn them off (the account page says so).
 * They are the written notices of an administrative decision on a person's own claim and of what
 * happens to the money (Administrative Licensing Law art. 38 and Administrative Procedure
 * practice: a decision, a request to correct the application, and payment notices are served on
 * the applicant in writing), and the notice of an objection against their grant, which they must
 * be able to answer within the notice period.
 *
 * A kind that is not listed in NOTIFICATION_KINDS (added elsewhere without a preference) is treated
 * as mandatory too: a mail nobody offered a switch for is never silently dropped.
 */
export const MANDATORY_MAIL_KINDS: ReadonlySet<string> = new Set<string>([
  "claimChangesRequested",
  "claimApproved",
  "claimRejected",
  "claimPaid",
  // Taking paid money back is a decision on the applicant's own claim: served in writing.
  "claimClawedBack",
  "noticeItemObjected",
  // The outcome of vetting is a decision on the organisation's own registration: served in writing.
  "organisationActivated",
  "organisationRejected",
]);

/** Kinds each person may turn off on the account page, in the page's order. */
export const OPTIONAL_MAIL_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter((kind) => !isMailMandatory(kind));

export function isMailMandatory(kind: string): boolean {
  return MANDATORY_MAIL_KINDS.has(kind) || !(NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** Whether a person with these muted kinds gets this kind by mail. */
export function wantsMail(kind: string, mutedMailKinds: readonly string[]): boolean {
  return isMailMandatory(kind) || !mutedMailKinds.includes(kind);
}

/** The muted kinds to store for a requested set: optional kinds only, each once, in a fixed order. */
export function normaliseMutedKinds(requested: readonly string[]): NotificationKind[] {
  return OPTIONAL_MAIL_KINDS.filter((kind) => requested.includes(kind));
}
