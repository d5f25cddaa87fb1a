// Issue 18, slice 2b: a reviewer imports the statistics system's export and the bank's FX receipts
// into the city's official data. Preview writes nothing; the import writes the valid rows, its
// batch and its audit entry in one transaction; the same file again changes nothing; a corrected
// file replaces the same enterprises' rows of the years it covers; each city sees only its own.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reviewer } from "@/lib/auth/actors";
import { makeCreditCode } from "@/lib/eligibility";
import { guessMapping, type ImportKind } from "@/lib/verification/import/import-fields";
import { inspectImportFile } from "@/lib/verification/import/column-mapping";
import { importVerificationFile } from "@/lib/verification/import/import-verification-file";
import { listVerificationImports } from "@/lib/verification/import/list-verification-imports";
import { previewVerificationImport } from "@/lib/verification/import/preview-verification-import";
import { ownReceiptsOwner } from "@/lib/verification/import/own-receipts-owner";
import { reconcileOffshoreClaim } from "@/lib/verification/reconcile-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY, SECOND_CITY_REGION } from "@/prisma/seed/second-city";
import { reviewer as nanchangReviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const STATS_HEADERS = ["统一社会信用代码", "合同编号", "境外客户", "国别/地区", "服务类别", "合同金额（万元）", "执行金额", "执行起始日期", "执行截止日期", "币种"];
const RECEIPT_HEADERS = ["统一社会信用代码", "收汇日期", "收汇金额", "币种", "付款人名称", "付款人国别", "银行业务编号"];
const UNREGISTERED_NANCHANG = makeCreditCode("91360111MA35YY009");
const SHENZHEN = makeCreditCode("91440300MA5FHA779");

async function xlsx(headers: string[], rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("执行统计");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const quote = (cell: unknown) => `"${String(cell).replaceAll('"', '""')}"`;
const csv = (headers: string[], rows: unknown[][]) => new TextEncoder().encode([headers, ...rows].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n");
const MAPPING_ONLY = makeCreditCode("91360111MA35XX001");

describe.each(DATABASE_KINDS)("verification imports on %s", (dbKind) => {
  let db: TestDatabase;
  let reviewer: Reviewer;
  let csReviewer: Reviewer;
  let ganjiang: { code: string; claim: { id: string }; actor: Awaited<ReturnType<typeof createOrganisationWithUser>>["actor"] };
  let hongcheng: string;
  let changshaCode: string;

  const run = (kind: ImportKind, fileName: string, bytes: Uint8Array, who: Reviewer = reviewer) => {
    const headers = kind === "STATISTICS" ? STATS_HEADERS : RECEIPT_HEADERS;
    const input = { kind, fileName, bytes, mapping: guessMapping(kind, headers) };
    return { preview: () => previewVerificationImport(db.prisma, who, input), import: () => importVerificationFile(db.prisma, who, input) };
  };
  const statistics = (code: string) => db.prisma.statisticsExecution.findMany({ where: { creditCode: code }, orderBy: { contractNo: "asc" } });

  beforeAll(async () => {
    db = await createTestDatabase(dbKind);
    reviewer = await nanchangReviewer(db.prisma);
    await ensureSecondCity(db.prisma);
    csReviewer = staffActor(await createStaff(db.prisma, { email: `cs-${crypto.randomUUID()}@bureau.test`, name: "长沙审核", role: "REVIEWER", cityId: SECOND_CITY.id }));
    const enterprise = await createOrganisationWithUser(db.prisma);
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2024,
      submit: true,
      lines: [offshoreLine({ contractRegNo: "GJ2024-US-001", clientName: "Blue River Software Inc.", executedUsd: "750000.00", contractValueUsd: "800000.00", fxReceiptDate: "2024-06-30" })],
    });
    ganjiang = { code: enterprise.organisation.creditCode, claim, actor: enterprise.actor };
    hongcheng = (await createOrganisationWithUser(db.prisma)).organisation.creditCode;
    changshaCode = (await createOrganisationWithUser(db.prisma, { region: SECOND_CITY_REGION })).organisation.creditCode;
  });
  afterAll(async () => db?.close());

  it("proposes the mapping from the Chinese headers, then remembers the reviewer's", async () => {
    const file = await xlsx(["统一社会信用代码", "合同号", "客户", "执行额", "执行期间", "币种"], [[MAPPING_ONLY, "X-1", "Acme", 1, "2023年", "USD"]]);
    const inspected = await inspectImportFile(db.prisma, reviewer, "STATISTICS", "a.xlsx", file);
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.mapping).toEqual(["creditCode", "contractNo", null, "executedAmount", "period", "currency"]);
    expect(inspected.sample[0]).toEqual([MAPPING_ONLY, "X-1", "Acme", "1", "2023年", "USD"]);
    // The reviewer maps "客户" by hand and imports: the next file of the kind proposes it.
    const mapping = [...inspected.mapping];
    mapping[2] = "clientName";
    await importVerificationFile(db.prisma, reviewer, { kind: "STATISTICS", fileName: "a.xlsx", bytes: file, mapping });
    const again = await inspectImportFile(db.prisma, reviewer, "STATISTICS", "b.xlsx", file);
    expect(again.ok && again.mapping[2]).toBe("clientName");
    // Another city's reviewers keep their own mappings.
    const changsha = await inspectImportFile(db.prisma, csReviewer, "STATISTICS", "b.xlsx", file);
    expect(changsha.ok && changsha.mapping[2]).toBe(null);
  });

  it("previews statistics per row without writing, imports the valid rows with their batch and audit entry, and the same file changes nothing", async () => {
    const file = await xlsx(STATS_HEADERS, [
      [ganjiang.code, "GJ2024-US-001", "Blue River Software Inc.", "美国", "软件研发", 80, "750,000.00", new Date(Date.UTC(2024, 0, 1)), 45657, "美元"],
      [hongcheng, "HC2024-001", "Lion Data Pte.", "新加坡", "数据处理", "", 300000, "2024-01-01", "2024-06-30", "USD"],
      [ganjiang.code.slice(0, 17) + (ganjiang.code.endsWith("0") ? "1" : "0"), "BAD-1", "Acme", "US", "", "", 1, "2024-01-01", "2024-12-31", "USD"],
      [changshaCode, "CS-1", "Acme", "US", "", "", 1, "2024-01-01", "2024-12-31", "USD"],
      [SHENZHEN, "SZ-1", "Acme", "US", "", "", 1, "2024-01-01", "2024-12-31", "USD"],
      [UNREGISTERED_NANCHANG, "UN-1", "Acme", "US", "", "", "12.5万", "2024-01-01", "2024-12-31", "USD"],
      [hongcheng, "HC2024-001", "Lion Data Pte.", "新加坡", "数据处理", "", 300000, "2024-01-01", "2024-06-30", "USD"],
      [hongcheng, "HC2024-002", "Lion Data Pte.", "新加坡", "数据处理", "", "三十万", "2024-01-01", "2024-06-30", "USD"],
    ]);
    const { preview, import: doImport } = run("STATISTICS", "统计系统导出-2024.xlsx", file);
    const shown = await preview();
    if (!shown.ok) throw new Error(shown.error);
    expect(shown).toMatchObject({ rowCount: 8, validCount: 3, rejectedCount: 5, warningCount: 1, replacedCount: 0, periodFrom: "2024-01-01", periodTo: "2024-12-31", alreadyImportedId: null, format: "xlsx" });
    const issues = Object.fromEntries(shown.rows.map((r) => [r.rowNo, [...r.errors, ...r.warnings].map((e) => `${e.field}:${e.message}`)]));
    expect(issues).toEqual({
      2: [], 3: [],
      4: ["creditCode:creditCodeInvalid"],
      5: ["creditCode:enterpriseOtherCity"],
      6: ["creditCode:enterpriseOtherCity"],
      7: ["creditCode:enterpriseNotRegistered"],
      8: ["contractNo:duplicateInFile"],
      9: ["executedAmount:amountInvalid"],
    });
    expect(await db.prisma.statisticsExecution.count({ where: { creditCode: { in: [ganjiang.code, hongcheng] } } })).toBe(0);

    const { batch, alreadyImported } = await doImport();
    expect(alreadyImported).toBe(false);
    expect(batch).toMatchObject({ cityId: "nanchang", kind: "STATISTICS", fileName: "统计系统导出-2024.xlsx", rowCount: 8, importedCount: 3, rejectedCount: 5, replacedCount: 0 });
    const [row] = await statistics(ganjiang.code);
    expect(row).toMatchObject({ contractNo: "GJ2024-US-001", executedMinor: 75_000_000n, contractMinor: 80_000_000n, currency: "USD", serviceCategory: "软件研发", importId: batch.id });
    expect(row).toMatchObject({ cityId: "nanchang", periodStart: new Date("2024-01-01"), periodEnd: new Date("2024-12-31") });
    // A contract amount left blank is stored as absent, not zero.
    expect((await statistics(UNREGISTERED_NANCHANG))[0]).toMatchObject({ executedMinor: 12_500_000n, contractMinor: null, clientName: "Acme", clientCountry: "US" });
    const audit = await db.prisma.auditEntry.findFirst({ where: { targetId: batch.id } });
    expect(audit).toMatchObject({ action: "verification.import-statistics", actorId: reviewer.id, targetType: "VerificationImport" });

    const repeated = await doImport();
    expect(repeated).toMatchObject({ alreadyImported: true, batch: { id: batch.id } });
    expect(await db.prisma.statisticsExecution.count({ where: { creditCode: { in: [ganjiang.code, hongcheng] } } })).toBe(2);
    expect((await preview()).ok && (await preview() as { alreadyImportedId: string }).alreadyImportedId).toBe(batch.id);

    // The claim's line now matches the statistics record (no receipts yet: short of them).
    const reconciliation = await reconcileOffshoreClaim(db.prisma, {
      cityId: "nanchang", claimYear: 2024, creditCode: ganjiang.code,
      lines: [{ id: "l1", lineNo: 1, contractRegNo: "GJ2024-US-001", clientName: "Blue River Software Inc.", executedUsdCents: 75_000_000n }],
    });
    expect(reconciliation.lines[0]!.result.findings.map((f) => f.code)).toContain("RECEIPTS_SHORT");
    expect(reconciliation.lines[0]!.result.findings.map((f) => f.code)).not.toContain("CONTRACT_NOT_FOUND");
  });

  it("a corrected file replaces the same enterprise's rows of the years it covers, and leaves the others", async () => {
    const corrected = csv(STATS_HEADERS, [
      [ganjiang.code, "GJ2024-US-001", "Blue River Software Inc.", "美国", "软件研发", 80, "760000", "2024-01-01", "2024-12-31", "USD"],
      [ganjiang.code, "GJ2024-US-003", "Blue River Software Inc.", "美国", "软件研发", "", "1000", "2024-07-01", "2024-12-31", "USD"],
    ]);
    const { preview, import: doImport } = run("STATISTICS", "corrected.csv", corrected);
    expect(await preview()).toMatchObject({ ok: true, validCount: 2, replacedCount: 1, format: "csv", encoding: "utf-8" });
    const { batch } = await doImport();
    expect(batch.replacedCount).toBe(1);
    expect((await statistics(ganjiang.code)).map((r) => [r.contractNo, r.executedMinor])).toEqual([["GJ2024-US-001", 76_000_000n], ["GJ2024-US-003", 100_000n]]);
    expect(await statistics(hongcheng)).toHaveLength(1);
  });

  it("imports the bank's receipts: a bank reference is one receipt, in the file and across imports", async () => {
    const rows = [
      [ganjiang.code, "2024-06-30", "500,000.00", "USD", "Blue River Software, Inc.", "US", "BOC-2024-101"],
      [ganjiang.code, 45616, "250000", "USD", "Blue River Software Inc", "US", "BOC-2024-102"],
      [ganjiang.code, "2024-11-21", "1", "USD", "Blue River Software Inc", "US", "BOC-2024-102"],
      [hongcheng, "2023-03-01", "100", "USD", "Lion Data Pte.", "SG", "BOC-2023-001"],
    ];
    const { import: doImport } = run("FX_RECEIPTS", "收汇.csv", csv(RECEIPT_HEADERS, rows));
    const { batch } = await doImport();
    expect(batch).toMatchObject({ kind: "FX_RECEIPTS", importedCount: 3, rejectedCount: 1, periodFrom: new Date("2023-03-01"), periodTo: new Date("2024-11-20") });
    expect(await db.prisma.fxReceipt.count({ where: { creditCode: ganjiang.code, source: "BUREAU" } })).toBe(2);
    expect(await db.prisma.fxReceipt.findFirst({ where: { bankReference: "BOC-2024-101" } })).toMatchObject({
      cityId: "nanchang", importId: batch.id, source: "BUREAU", creditCode: ganjiang.code, receivedOn: new Date("2024-06-30"),
      amountMinor: 50_000_000n, currency: "USD", payerName: "Blue River Software, Inc.", payerCountry: "US",
    });

    // A later file of 2024 for Ganjiang replaces its 2024 receipts; the 2023 reference of Hongcheng
    // reused for Ganjiang is refused (it is another receipt's), Hongcheng's 2023 stays.
    const next = csv(RECEIPT_HEADERS, [
      [ganjiang.code, "2024-06-30", "500,000.00", "USD", "Blue River Software, Inc.", "US", "BOC-2024-101"],
      [ganjiang.code, "2024-12-01", "260000", "USD", "Blue River Software Inc", "US", "BOC-2024-103"],
      [ganjiang.code, "2024-12-02", "5", "USD", "Blue River Software Inc", "US", "BOC-2023-001"],
    ]);
    const second = run("FX_RECEIPTS", "收汇-更正.csv", next);
    const shown = await second.preview();
    if (!shown.ok) throw new Error(shown.error);
    expect(shown.rows.find((r) => r.rowNo === 4)?.errors).toEqual([{ field: "bankReference", message: "bankReferenceImported" }]);
    expect(shown.replacedCount).toBe(2);
    await second.import();
    expect((await db.prisma.fxReceipt.findMany({ where: { creditCode: ganjiang.code }, orderBy: { bankReference: "asc" } })).map((r) => r.bankReference)).toEqual(["BOC-2024-101", "BOC-2024-103"]);
    expect(await db.prisma.fxReceipt.count({ where: { creditCode: hongcheng } })).toBe(1);
  });

  it("refuses a whole file with its reason, and nothing is written", async () => {
    const before = await db.prisma.verificationImport.count();
    const exe = new Uint8Array(1024);
    exe.set([0x4d, 0x5a]);
    await expect(run("STATISTICS", "export.xlsx", exe).import()).rejects.toMatchObject({ code: "xlsxNotZip" });
    expect(await run("STATISTICS", "export.xlsx", exe).preview()).toEqual({ ok: false, error: "xlsxNotZip" });
    await expect(run("STATISTICS", "empty.xlsx", await xlsx(STATS_HEADERS, [])).import()).rejects.toMatchObject({ code: "tableEmpty" });
    const noPeriod = { kind: "STATISTICS" as const, fileName: "a.csv", bytes: csv(STATS_HEADERS, [[ganjiang.code]]), mapping: guessMapping("STATISTICS", STATS_HEADERS).map((f) => (f === "periodEnd" ? null : f)) };
    expect(await previewVerificationImport(db.prisma, reviewer, noPeriod)).toEqual({ ok: false, error: "mappingInvalid", problems: [{ problem: "periodMissing" }] });
    expect(await db.prisma.verificationImport.count()).toBe(before);
  });

  it("an enterprise uploads its own receipts: its own credit code only, kept apart from the bank's", async () => {
    const owner = await ownReceiptsOwner(db.prisma, ganjiang.actor);
    const bankBefore = await db.prisma.fxReceipt.count({ where: { creditCode: ganjiang.code, source: "BUREAU" } });
    const file = csv(RECEIPT_HEADERS, [
      // The same bank reference as a bank receipt: the sources are apart, so no conflict.
      [ganjiang.code, "2024-06-30", "500000", "USD", "Blue River Software, Inc.", "US", "BOC-2024-101"],
      [hongcheng, "2024-06-30", "1", "USD", "Acme", "US", "X-1"],
    ]);
    const input = { kind: "FX_RECEIPTS" as const, fileName: "own.csv", bytes: file, mapping: guessMapping("FX_RECEIPTS", RECEIPT_HEADERS) };
    const shown = await previewVerificationImport(db.prisma, ganjiang.actor, input, owner);
    expect(shown.ok && shown.rows.map((r) => r.errors)).toEqual([[], [{ field: "creditCode", message: "notOwnCreditCode" }]]);
    expect(shown.ok && shown.replacedCount).toBe(0);
    const { batch } = await importVerificationFile(db.prisma, ganjiang.actor, input, owner);
    expect(batch).toMatchObject({ source: "ENTERPRISE", organisationId: ganjiang.actor.organisationId, importedCount: 1, rejectedCount: 1 });
    expect(await db.prisma.fxReceipt.count({ where: { creditCode: ganjiang.code, source: "ENTERPRISE" } })).toBe(1);
    expect(await db.prisma.fxReceipt.count({ where: { creditCode: ganjiang.code, source: "BUREAU" } })).toBe(bankBefore);
    expect(await db.prisma.auditEntry.findFirst({ where: { targetId: batch.id } })).toMatchObject({ action: "verification.upload-own-receipts" });
    // The same file is "the same" only among the enterprise's own uploads, and statistics are the bureau's only.
    expect((await importVerificationFile(db.prisma, ganjiang.actor, input, owner)).alreadyImported).toBe(true);
    await expect(importVerificationFile(db.prisma, ganjiang.actor, { ...input, kind: "STATISTICS" }, owner)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("each city lists and replaces only its own data", async () => {
    const nanchang = await listVerificationImports(db.prisma, reviewer.cityId);
    expect(nanchang.length).toBeGreaterThanOrEqual(4);
    expect(nanchang[0]!.createdBy.name).toBeTruthy();
    expect(await listVerificationImports(db.prisma, csReviewer.cityId)).toEqual([]);
    // A Changsha reviewer importing a Nanchang enterprise's records is refused row by row.
    const file = csv(STATS_HEADERS, [[ganjiang.code, "GJ2024-US-001", "Blue River Software Inc.", "美国", "", "", "1", "2024-01-01", "2024-12-31", "USD"]]);
    const shown = await run("STATISTICS", "x.csv", file, csReviewer).preview();
    expect(shown.ok && shown.rows[0]!.errors).toEqual([{ field: "creditCode", message: "enterpriseOtherCity" }]);
    expect(shown.ok && shown.replacedCount).toBe(0);
  });
});
