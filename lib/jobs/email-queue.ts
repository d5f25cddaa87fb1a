import type PgBoss from "pg-boss";

// The e-mail queue's name and policy belong to the job queue that creates it at start-up:
// lib/mail only sends to it and works it, so mail depends on jobs and never the reverse.
export const EMAIL_QUEUE = "send-email";

/** Retries with back-off for about a day: a mail outage delays messages, never loses them. */
export const EMAIL_QUEUE_POLICY: PgBoss.Queue = { name: EMAIL_QUEUE, retryLimit: 40, retryDelay: 30, retryBackoff: true, retentionDays: 7 };

/** Creates the queue with its retry policy (idempotent); run at start-up before anything is queued. */
export async function ensureEmailQueue(boss: PgBoss, policy: Partial<PgBoss.Queue> = {}): Promise<void> {
  if (!(await boss.getQueue(EMAIL_QUEUE))) await boss.createQueue(EMAIL_QUEUE, { ...EMAIL_QUEUE_POLICY, ...policy });
}
