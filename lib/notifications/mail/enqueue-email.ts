import type PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getAppJobQueue } from "@/lib/jobs/app-job-queue";
import { EMAIL_QUEUE } from "@/lib/jobs/email-queue";

export interface EmailJob {
  to: string;
  /** A key of messages/<locale>/email.json, e.g. "invitation", "claimApproved". */
  template: string;
  params: Record<string, string>;
  locale: string;
  /**
   * The city whose bureau signs and sends the mail (its names, its sender). Absent on jobs queued
   * before cities had letterheads, and for mail about no city: the default city's.
   */
  cityId?: string;
  /** Instead of cityId, for a member's mail: the organisation whose city it is (email-city.ts). */
  organisationId?: string;
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
