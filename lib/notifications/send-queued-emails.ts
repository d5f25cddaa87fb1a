import { enqueueEmail, type EmailJob } from "@/lib/notifications/mail/enqueue-email";

/**
 * Queues e-mails after the decision has committed. A failure to queue is logged, never thrown:
 * the decision stands and the applicant still has the in-portal notification.
 */
export async function sendQueuedEmails(jobs: EmailJob[]): Promise<void> {
  for (const job of jobs) {
    try {
      await enqueueEmail(job);
    } catch (error) {
      console.error("could not queue e-mail", job.template, error instanceof Error ? error.message : error);
    }
  }
}
