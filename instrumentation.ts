/**
 * Runs once when a server instance starts: refuse to start without the required secrets, apply
 * pending migrations (each instance may try; the runner's advisory lock lets one apply them
 * and the others find nothing left to do), make sure the built-in policy versions exist, and
 * start this instance's share of the background work (e-mail, ending public notices, anchoring
 * the audit log).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await prepareInstance();
  } catch (error) {
    // A server that cannot trust its secrets or its schema must not serve: stop with the reason.
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function prepareInstance() {
  const { readServerEnv } = await import("./lib/config/env");
  readServerEnv();
  const { getPrisma } = await import("./lib/db");
  const { migrateDatabase } = await import("./lib/db/migrate-app-database");
  await migrateDatabase({ log: false });
  const { ensureBuiltInPolicyVersions } = await import("./lib/policy/ensure-built-in-policy-versions");
  await ensureBuiltInPolicyVersions(getPrisma());
  const { getAppJobQueue } = await import("./lib/jobs/app-job-queue");
  const { startEmailWorker } = await import("./lib/mail/email-worker");
  const queue = await getAppJobQueue();
  await startEmailWorker(queue);
  const { startNoticeExpiryJob } = await import("./lib/jobs/notice-expiry-job");
  await startNoticeExpiryJob(queue, getPrisma());
  const { anchorAuditLogIfNeverAnchored, startAuditAnchorJob } = await import("./lib/jobs/audit-anchor-job");
  await startAuditAnchorJob(queue, getPrisma());
  await anchorAuditLogIfNeverAnchored(getPrisma());
  const { startConfirmationReminderJob } = await import("./lib/jobs/confirmation-reminder-job");
  await startConfirmationReminderJob(queue, getPrisma());
}
