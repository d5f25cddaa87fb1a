import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { listPayableGrants } from "@/lib/grants/payments/list-payable-grants";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { findPrefillOffers } from "@/lib/verification/prefill/find-prefill-offers";
import { applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

// The demo the e2e suite starts from: one grant past its notice (payable), claims waiting.
describe("review demo data (seed-review) on pglite", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    await seedDemo(db.prisma);
  }, 180_000);
  afterAll(async () => db?.close());

  it("has one payable grant whose notice ended, and claims to review", async () => {
    const payable = await listPayableGrants(db.prisma, "nanchang");
    expect(payable.map((g) => [g.noticeItem?.publicName, g.amountFen])).toEqual([["南昌瑶湖信息技术有限公司", 80_000_00]]);
    expect(await listPublicNotice(db.prisma, "nanchang")).toEqual([]);
    const queue = await listReviewQueue(db.prisma, { id: "00000000-0000-0000-0000-000000000000", cityId: "nanchang" }, queueFilterSchema.parse({ kind: "OFFSHORE" }));
    expect(queue.rows.map((r) => r.organisationName)).toEqual(expect.arrayContaining(["洪城数据服务有限公司", "南昌赣江软件有限公司", "南昌青山数码科技有限公司"]));
    // 洪城 declares 600,000 RMB; the queue shows what the annual cap lets an approval grant, and why.
    expect(queue.rows.find((r) => r.organisationName === "洪城数据服务有限公司")).toMatchObject({
      declaredFen: 600_000_00,
      amountFen: 500_000_00,
      capReason: { code: "ANNUAL_CAP", capFen: 500_000_00, grantedFen: 0 },
      flagReasons: ["fourEyes"],
    });
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ valid: true });
  });

  it("checks Ganjiang's 2024 claim against the demo's statistics and receipts: one contract matches, the other was recorded for less", async () => {
    const reviewerOfNanchang = { cityId: "nanchang" };
    const queue = await listReviewQueue(db.prisma, { id: "00000000-0000-0000-0000-000000000000", cityId: "nanchang" }, queueFilterSchema.parse({ kind: "OFFSHORE" }));
    const ganjiang = queue.rows.find((r) => r.organisationName === "南昌赣江软件有限公司")!;
    const page = await getClaimForReview(db.prisma, reviewerOfNanchang, "OFFSHORE", ganjiang.id);
    if (page.kind !== "OFFSHORE") throw new Error("an offshore claim");
    expect(page.reconciliation).toMatchObject({ dataAvailable: true, declaredUsdCents: 1_250_000_00n, verifiedUsdCents: 1_210_000_00n, linesWithIssues: 1 });
    expect(page.reconciliation.lines.map((l) => [l.contractRegNo, l.result.status, l.result.findings.map((f) => f.code)])).toEqual([
      ["GJ2024-US-001", "MATCHED", []],
      ["GJ2024-JP-002", "ISSUES", ["CONVERTED", "AMOUNT_DIFFERS"]],
    ]);
    const hongcheng = queue.rows.find((r) => r.organisationName === "洪城数据服务有限公司")!;
    const other = await getClaimForReview(db.prisma, reviewerOfNanchang, "OFFSHORE", hongcheng.id);
    expect(other.kind === "OFFSHORE" && other.reconciliation.dataAvailable).toBe(false);
  });

  it("offers Xianghu Cloud, which filed nothing, a pre-filled 2025 claim from its statistics", async () => {
    const xianghu = await db.prisma.organisation.findFirstOrThrow({ where: { nameZh: "南昌象湖云计算有限公司" }, select: { id: true, cityId: true } });
    const offers = await findPrefillOffers(db.prisma, { organisationId: xianghu.id, cityId: xianghu.cityId });
    expect(offers.map((o) => [o.year, o.executedUsdCents, o.amountFen, o.lines.map((l) => l.contractRegNo)])).toEqual([
      [2025, 670_000_00n, 134_000_00, ["XH2025-DE-002", "XH2025-US-001"]],
    ]);
  });

  it("serves a second city whose reviewer sees only its own claim, worth less under its own policy for the same amounts", async () => {
    const changsha = await listReviewQueue(db.prisma, { id: "00000000-0000-0000-0000-000000000000", cityId: "changsha" }, queueFilterSchema.parse({}));
    expect(changsha.rows.map((r) => [r.organisationName, r.declaredFen])).toEqual([["长沙湘江软件有限公司", 187_500_00]]);
    const nanchang = await listReviewQueue(db.prisma, { id: "00000000-0000-0000-0000-000000000000", cityId: "nanchang" }, queueFilterSchema.parse({}));
    expect(nanchang.rows.map((r) => r.organisationName)).not.toContain("长沙湘江软件有限公司");
    expect(nanchang.rows.find((r) => r.organisationName === "南昌赣江软件有限公司" && r.claimYear === 2024)?.declaredFen).toBe(250_000_00);
    expect(await listPayableGrants(db.prisma, "changsha")).toEqual([]);
  });
});
