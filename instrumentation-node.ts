/**
 * The Node.js side of instrumentation.ts: refuse to start without the required secrets, apply
 * pending migrations (each instance may try; the runner's advisory lock lets one apply them and
 * the others find nothing left to do), make sure the built-in policy versions exist, and start
 * this instance's share of the background work (e-mail, ending public notices, anchoring the
 * audit log, reminding employers of contracts awaiting their confirmation).
 *
 * A file of its own, imported only under `process.env.NEXT_RUNTIME === "nodejs"`: Next.js also
 * compiles instrumentation.ts for the Edge runtime, and everything reachable from it there
 * (the database driver, the message files read from disk) would be compiled for a runtime that
 * has no `fs`, which `next build` reported as a screenful of "Ecmascript file had an error".
 */
export async function prepareInstance() {
  // The secrets are checked before anything that might use them is loaded.
  const { readServerEnv } = await import("./lib/config/env");
  readServerEnv();
  const { getPrisma } = await import("./lib/db");
  const { migrateDatabase } = await import("./tooling/db/migrate-app-database");
  await migrateDatabase({ log: false });
  const { ensureBuiltInPolicyVersions } = await import("./lib/policy/ensure-built-in-policy-versions");
  await ensureBuiltInPolicyVersions(getPrisma());
  const { getAppJobQueue } = await import("./lib/jobs/app-job-queue");
  const { startEmailWorker } = await import("./lib/notifications/mail/email-worker");
  const queue = await getAppJobQueue();
  await startEmailWorker(getPrisma(), queue);
  const { startNoticeExpiryJob } = await import("./lib/jobs/notice-expiry-job");
  await startNoticeExpiryJob(queue, getPrisma());
  const { anchorAuditLogIfNeverAnchored, startAuditAnchorJob } = await import("./lib/jobs/audit-anchor-job");
  await startAuditAnchorJob(queue, getPrisma());
  await anchorAuditLogIfNeverAnchored(getPrisma());
  const { startConfirmationReminderJob } = await import("./lib/jobs/confirmation-reminder-job");
  await startConfirmationReminderJob(queue, getPrisma());
  const { startIdempotencyPurgeJob } = await import("./lib/jobs/idempotency-purge-job");
  await startIdempotencyPurgeJob(queue, getPrisma());
}
