import type PgBoss from "pg-boss";
import { EMAIL_QUEUE, ensureEmailQueue } from "@/lib/jobs/email-queue";
import type { EmailJob } from "./enqueue-email";
import { mailTransportFromEnv, type SendEmail } from "./mail-transport";
import { renderEmail } from "./render-email";

/**
 * Sends queued e-mails. A failed send throws, so pg-boss keeps the job and retries it later;
 * several app instances may run this worker, each job is taken by one of them.
 */
export async function startEmailWorker(boss: PgBoss, send: SendEmail = mailTransportFromEnv(), pollingIntervalSeconds = 2): Promise<string> {
  await ensureEmailQueue(boss);
  return boss.work<EmailJob>(EMAIL_QUEUE, { pollingIntervalSeconds, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) {
      const { to, template, params, locale } = job.data;
      await send({ to, ...renderEmail(template, params, locale) });
    }
  });
}
