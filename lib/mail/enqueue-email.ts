import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getAppJobQueue } from "@/lib/jobs/app-job-queue";

export const EMAIL_QUEUE = "send-email";

export interface EmailJob {
  to: string;
  /** A key of messages/<locale>/email.json, e.g. "invitation", "claimApproved". */
  template: string;
  params: Record<string, string>;
  locale: string;
}

/** Retries with back-off for about a day: a mail outage delays messages, never loses them. */
export const EMAIL_QUEUE_POLICY: PgBoss.Queue = { name: EMAIL_QUEUE, retryLimit: 40, retryDelay: 30, retryBackoff: true, retentionDays: 7 };

/** Creates the queue with its retry policy (idempotent); run at start-up before anything is queued. */
export async function ensureEmailQueue(boss: PgBoss, policy: Partial<PgBoss.Queue> = {}): Promise<void> {
  if (!(await boss.getQueue(EMAIL_QUEUE))) await boss.createQueue(EMAIL_QUEUE, { ...EMAIL_QUEUE_POLICY, ...policy });
}

/** pg-boss runs its SQL through the caller's Prisma transaction: the job commits with the change, or not at all. */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) };
    },
  };
}

/**
 * Queues an e-mail. Pass the transaction of the change that causes it (a decision, an
 * invitation) so both commit together; without one the job is queued on its own.
 */
export async function enqueueEmail(job: EmailJob, tx?: Prisma.TransactionClient, queue?: PgBoss): Promise<void> {
  const boss = queue ?? (await getAppJobQueue());
  await boss.send(EMAIL_QUEUE, job as unknown as object, tx ? { db: transactionDb(tx) } : {});
}
