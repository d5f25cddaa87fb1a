import type PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createJobQueue } from "@/lib/jobs/job-queue";
import { NOTICE_EXPIRY_QUEUE, startNoticeExpiryJob } from "@/lib/jobs/notice-expiry-job";
import { approveClaim } from "@/lib/review/approve-claim";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("notice expiry job on %s", (kind) => {
  let db: TestDatabase | undefined;
  let boss: PgBoss | undefined;
  afterEach(async () => {
    await boss?.stop({ graceful: false, wait: true, close: false });
    await db?.close();
    boss = undefined;
    db = undefined;
  });

  it("records ENDED on items whose period ran out, leaving running ones alone", async () => {
    db = await createTestDatabase(kind);
    const r = await reviewer(db.prisma);
    const old = await submittedOffshoreClaim(db.prisma, "300000.00");
    const fresh = await submittedOffshoreClaim(db.prisma, "300000.00");
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: old.claim.id, version: old.claim.version }, new Date(Date.now() - 30 * 86_400_000));
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: fresh.claim.id, version: fresh.claim.version });
    boss = createJobQueue(db);
    await boss.start();
    await startNoticeExpiryJob(boss, db.prisma, "*/15 * * * *", 0.5);
    await boss.send(NOTICE_EXPIRY_QUEUE, {});
    const deadline = Date.now() + 20_000;
    const statusOf = async (claimId: string) => (await db!.prisma.noticeItem.findFirstOrThrow({ where: { ledgerEntry: { offshoreClaimId: claimId } } })).status;
    while ((await statusOf(old.claim.id)) !== "ENDED" && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await statusOf(old.claim.id)).toBe("ENDED");
    expect(await statusOf(fresh.claim.id)).toBe("IN_NOTICE");
  });
});
