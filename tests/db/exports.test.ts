// The exports against a real database: the audit log under the page's filters, the queue as
// Excel in the reader's language, and the progress rows the page polls (scoped by user).
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportAuditEntries, iterateAuditEntries } from "@/lib/audit/export-audit-entries";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { exportLabels } from "@/lib/exports/export-labels";
import { startExportRun } from "@/lib/exports/export-runs";
import { readExportProgress } from "@/lib/exports/read-export-progress";
import { approveClaim } from "@/lib/review/approve-claim";
import { exportReviewQueue } from "@/lib/review/export-review-queue";
import { queueFilterSchema } from "@/lib/review/list-review-queue";
import { createStaff } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

function chinaDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function sheetOf(stream: ReadableStream<Uint8Array>): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(stream).arrayBuffer());
  return workbook.worksheets[0]!;
}

describe.each(DATABASE_KINDS)("exports on %s", (kind) => {
  let db: TestDatabase;
  let me: Awaited<ReturnType<typeof reviewer>>;
  let admin: { id: string; role: "ADMINISTRATOR"; cityId: string };
  let approved: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let waiting: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    me = await reviewer(db.prisma);
    const user = await createStaff(db.prisma, { email: `admin-${Date.now()}@bureau.test`, name: "管理员甲", role: "ADMINISTRATOR" });
    admin = { id: user.id, role: "ADMINISTRATOR", cityId: user.cityId! };
    approved = await submittedOffshoreClaim(db.prisma, "300000.00");
    waiting = await submittedOffshoreClaim(db.prisma, "400000.00");
    await approveClaim(db.prisma, me, { kind: "OFFSHORE", claimId: approved.claim.id, version: approved.claim.version });
    // An applicant's name is typed text: in Excel it stays text, whatever it starts with.
    await db.prisma.organisation.update({ where: { id: waiting.enterprise.organisation.id }, data: { nameZh: "=cmd|' /C calc'!A0" } });
  });
  afterAll(async () => db?.close());

  it("exports the audit log under the page's filters, in words, and audits the export", async () => {
    const { filter } = parseAuditFilter({ action: "review.approve", from: chinaDay(), to: chinaDay(), page: "3" });
    const text = await new Response(await exportAuditEntries(db.prisma, admin, filter, { format: "csv", labels: exportLabels("zh-CN") })).text();
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(["序号", "时间（北京时间）", "操作人", "角色", "操作", "对象类型", "对象", "对象编号", "结果", "详情"]);
    // Only the approval: the filters apply, the page number does not.
    expect(rows).toHaveLength(1);
    const approverName = (await db.prisma.user.findUniqueOrThrow({ where: { id: me.id } })).name;
    expect(rows[0]!.slice(2, 9)).toEqual([approverName, "审核人员", "审核通过申报", "申报", approved.claim.claimNo, approved.claim.id, "完成"]);
    expect(rows[0]![1]).toMatch(new RegExp(`^${chinaDay()} \\d{2}:\\d{2}:\\d{2}$`));
    // The export is in the log, with the filters that chose its rows.
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "audit.export", actorId: admin.id }, orderBy: { seq: "desc" } });
    expect(entry.details).toMatchObject({ action: "review.approve", from: chinaDay(), to: chinaDay(), format: "csv" });

    // Excel, in English, the newest entry first; a day with nothing exports the header only.
    const sheet = await sheetOf(await exportAuditEntries(db.prisma, admin, { target: approved.claim.claimNo }, { format: "xlsx", labels: exportLabels("en") }));
    expect(sheet.getRow(1).getCell(5).value).toBe("Action");
    const seqs = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(1).value as number);
    expect(seqs.length).toBeGreaterThan(1);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    expect(Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(8).value)).toEqual(seqs.map(() => approved.claim.id));
    const empty = await sheetOf(await exportAuditEntries(db.prisma, admin, { from: chinaDay(1) }, { format: "xlsx", labels: exportLabels("en") }));
    expect(empty.rowCount).toBe(1);
  });

  it("exports the audit log across pages of its iterator, each entry once", async () => {
    const all = await db.prisma.auditEntry.count();
    const seen: bigint[] = [];
    for await (const page of iterateAuditEntries(db.prisma, {}, 3)) seen.push(...page.map((r) => r.seq));
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
  });

  it("exports the queue as Excel with Chinese headers and labels, yuan numbers and China times", async () => {
    const exportId = randomUUID();
    const sheet = await sheetOf(await exportReviewQueue(db.prisma, me, queueFilterSchema.parse({ status: "SUBMITTED" }), { format: "xlsx", labels: exportLabels("zh-CN"), exportId }));
    expect(sheet.name).toBe("审核队列");
    expect(sheet.getRow(1).getCell(7).value).toBe("金额（元）");
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(waiting.claim.claimNo);
    expect(row.getCell(2).value).toBe("离岸业务奖励");
    expect(row.getCell(3).value).toBe("=cmd|' /C calc'!A0");
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).value).toBe("已提交");
    expect(typeof row.getCell(7).value).toBe("number");
    expect(row.getCell(7).numFmt).toBe("#,##0.00");
    const submittedAt = (await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: waiting.claim.id } })).submittedAt!;
    // Whole seconds: Excel keeps a time to the millisecond only approximately.
    expect(Math.round((row.getCell(8).value as Date).getTime() / 1000)).toBe(Math.round((submittedAt.getTime() + 8 * 3600_000) / 1000));
    expect(await readExportProgress(db.prisma, me.id, exportId)).toEqual({ status: "DONE", rowsWritten: 1, rowsTotal: 1 });
  });

  it("keeps each user's progress to that user: an id another user took is left alone", async () => {
    const other = await reviewer(db.prisma);
    const exportId = randomUUID();
    const mine = await startExportRun(db.prisma, { exportId, userId: me.id, kind: "test", format: "csv", rowsTotal: 10 });
    const theirs = await startExportRun(db.prisma, { exportId, userId: other.id, kind: "test", format: "csv", rowsTotal: 99 });
    await theirs.page?.(99);
    await theirs.end?.({ ok: true, rowsWritten: 99 });
    expect(await readExportProgress(db.prisma, me.id, exportId)).toEqual({ status: "RUNNING", rowsWritten: 0, rowsTotal: 10 });
    expect(await readExportProgress(db.prisma, other.id, exportId)).toMatchObject({ status: "PENDING" });
    await mine.page?.(4);
    expect(await readExportProgress(db.prisma, me.id, exportId)).toEqual({ status: "RUNNING", rowsWritten: 4, rowsTotal: 10 });
    await mine.end?.({ ok: false, rowsWritten: 4 });
    expect(await readExportProgress(db.prisma, me.id, exportId)).toEqual({ status: "FAILED", rowsWritten: 4, rowsTotal: 10 });
    // Without an id (or with a malformed one) the export runs untracked.
    expect(await startExportRun(db.prisma, { exportId: "not-a-uuid", userId: me.id, kind: "test", format: "csv", rowsTotal: null })).toEqual({});
    expect(await readExportProgress(db.prisma, me.id, "not-a-uuid")).toMatchObject({ status: "PENDING" });
  });

  it("forgets runs older than a day when a new one starts", async () => {
    const old = randomUUID();
    await startExportRun(db.prisma, { exportId: old, userId: me.id, kind: "test", format: "csv", rowsTotal: 1 }, new Date(Date.now() - 2 * 86_400_000));
    await startExportRun(db.prisma, { exportId: randomUUID(), userId: me.id, kind: "test", format: "csv", rowsTotal: 1 });
    expect(await db.prisma.exportRun.count({ where: { id: old } })).toBe(0);
  });
});
