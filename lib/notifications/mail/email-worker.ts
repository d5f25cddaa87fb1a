import type PgBoss from "pg-boss";
import type { LetterheadRow } from "@/lib/cities/letterhead";
import type { Db } from "@/lib/db";
import { EMAIL_QUEUE, ensureEmailQueue } from "@/lib/jobs/email-queue";
import { cityOfEmailJob } from "./email-city";
import type { EmailJob } from "./enqueue-email";
import { mailTransportFromEnv, senderFor, type SendEmail } from "./mail-transport";
import { renderEmail } from "./render-email";

/**
 * Sends queued e-mails, each signed and sent by its city's bureau (EmailJob.cityId). A failed
 * send throws, so pg-boss keeps the job and retries it later; several app instances may run this
 * worker, each job is taken by one of them.
 */
export async function startEmailWorker(db: Db, boss: PgBoss, send: SendEmail = mailTransportFromEnv(), pollingIntervalSeconds = 2): Promise<string> {
  await ensureEmailQueue(boss);
  return boss.work<EmailJob>(EMAIL_QUEUE, { pollingIntervalSeconds, batchSize: 5 }, async (jobs) => {
    // A batch is mostly one city's mail: look each city up once.
    const cities = new Map<string, Promise<LetterheadRow>>();
    const cityOf = (job: EmailJob) => {
      const key = job.cityId ? `city:${job.cityId}` : `organisation:${job.organisationId ?? ""}`;
      if (!cities.has(key)) cities.set(key, cityOfEmailJob(db, job));
      return cities.get(key)!;
    };
    for (const job of jobs) {
      const { to, template, params, locale } = job.data;
      const city = await cityOf(job.data);
      await send({ to, from: senderFor(city), ...renderEmail(template, params, locale, city) });
    }
  });
}
