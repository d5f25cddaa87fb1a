import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { auditAnchorDir, loadLatestAuditAnchor } from "@/lib/audit/audit-anchor-store";
import { auditKeyringFromEnv } from "@/lib/audit/audit-keys";
import { writeAuditAnchor } from "@/lib/audit/write-audit-anchor";

export const AUDIT_ANCHOR_QUEUE = "anchor-audit-log";

/**
 * Every hour (pg-boss cron: one instance runs it) each audit stripe's head is written to a signed
 * anchor file outside the database (AUDIT_ANCHOR_DIR). When the log no longer verifies against the
 * last anchor the job fails (and pg-boss retries, then keeps the failure) instead of anchoring the damage.
 */
export async function startAuditAnchorJob(boss: PgBoss, prisma: PrismaClient, cron = "0 * * * *", pollingIntervalSeconds = 30): Promise<string> {
  if (!(await boss.getQueue(AUDIT_ANCHOR_QUEUE))) await boss.createQueue(AUDIT_ANCHOR_QUEUE, { name: AUDIT_ANCHOR_QUEUE, retryLimit: 2 });
  await boss.schedule(AUDIT_ANCHOR_QUEUE, cron, undefined, { tz: "Asia/Shanghai" });
  return boss.work(AUDIT_ANCHOR_QUEUE, { pollingIntervalSeconds }, async () => {
    try {
      await writeAuditAnchor(prisma, { dir: auditAnchorDir(), reason: "scheduled" });
    } catch (error) {
      console.error(`audit anchor: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  });
}

/**
 * At start-up, when the anchor directory holds no anchor yet (first start of this version, or a new
 * directory), anchor at once rather than within the hour: from then on entries written before the
 * chain was keyed are accepted only up to this anchor. Never stops the start: a failure is logged.
 */
export async function anchorAuditLogIfNeverAnchored(prisma: PrismaClient): Promise<void> {
  const dir = auditAnchorDir();
  try {
    const latest = loadLatestAuditAnchor(dir, auditKeyringFromEnv());
    if (latest.anchor || latest.badFiles.length > 0) return;
    await writeAuditAnchor(prisma, { dir, reason: "start-up" });
  } catch (error) {
    console.error(`audit anchor at start-up: ${error instanceof Error ? error.message : String(error)}`);
  }
}
