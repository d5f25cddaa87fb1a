import { encodeGb18030 } from "@/tests/support/encode-gb18030";
import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@/tooling/db/test-database";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { cohortTemplateHeader } from "@/lib/trainees/import/cohort-columns";
import { importCohort } from "@/lib/trainees/import/import-cohort";
import { previewCohortImport } from "@/lib/trainees/import/preview-cohort-import";
import { type InstitutionWorld, useInstitutionWorld } from "./institution-helpers";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const OUTSIDE = makeCreditCode("91440300MA5FHA777");
const NANCHANG_UNREGISTERED = makeCreditCode("91360111MA35YY001");

function idFor(i: number): string {
  const day = new Date(Date.UTC(1995, 0, 1) + Math.floor(i / 900) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
  return makeResidentId(`360102${day}${String(i % 900 + 100).padStart(3, "0")}`);
}

function row(i: number, overrides: Partial<Record<string, string>> = {}, employerCode = OUTSIDE): string[] {
  const values: Record<string, string> = {
    姓名: `学员${i}`, 身份证号: idFor(i), 院校: "南昌大学", 院校层次: "本科", 学生状态: "毕业生", 手机号: "13900000000",
    开户银行: "", 银行账号: "", 课程名称: "Java 开发", 培训开始日期: "2024-03-01", 培训结束日期: "2024-07-15", 考试通过: "是",
    证书编号: `NC-${i}`, 发证日期: "2024-07-20", 用人单位信用代码: employerCode, 用人单位名称: "深圳海岸科技", 用人单位所在城市: "深圳",
    合同签订日期: "2024-07-25", 合同开始日期: "2024-08-01", 合同结束日期: "2026-07-31", ...overrides,
  };
  return cohortTemplateHeader("zh").map((h) => values[h]);
}

const csv = (rows: string[][]) => new TextEncoder().encode([cohortTemplateHeader("zh"), ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n");

describe.each(DATABASE_KINDS)("cohort import on %s", (kind) => {
  let db: TestDatabase;
  let world: InstitutionWorld;
  useInstitutionWorld(kind, (opened, created) => {
    db = opened;
    world = created;
  });

  const counts = async () => ({
    trainees: await db.prisma.trainee.count({ where: { institutionId: world.institution.organisation.id } }),
    records: await db.prisma.trainingRecord.count({ where: { trainee: { institutionId: world.institution.organisation.id } } }),
    contracts: await db.prisma.employmentContract.count({ where: { trainee: { institutionId: world.institution.organisation.id } } }),
  });

  it("needs name and city for an outside employer, but not for a registered enterprise's code", async () => {
    const file = csv([
      row(101, { 用人单位名称: "", 用人单位所在城市: "" }),
      row(102, { 用人单位名称: "", 用人单位所在城市: "" }, world.nanchangEnterprise.organisation.creditCode),
    ]);
    const preview = await previewCohortImport(db.prisma, world.institution.actor, file);
    if (!preview.ok) throw new Error("the file should parse");
    expect(preview.rows.find((r) => r.rowNo === 2)?.errors.map((e) => e.column)).toEqual(["employerName", "employerCity"]);
    expect(preview.rows.find((r) => r.rowNo === 3)?.errors).toEqual([]);
  });

  it("previews per row, imports the valid rows, and a second import of the file creates nothing", async () => {
    const file = csv([
      row(1),
      row(2, {}, world.nanchangEnterprise.organisation.creditCode),
      row(3, { 身份证号: "360102200113450011" }),
      row(4, {}, NANCHANG_UNREGISTERED),
      row(5, { 培训结束日期: "2024-04-01" }),
      row(1, { 姓名: "重复" }),
    ]);
    const before = await counts();
    const preview = await previewCohortImport(db.prisma, world.institution.actor, file);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview).toMatchObject({ rowCount: 6, validCount: 3, rejectedCount: 3, eligibleCount: 2, alreadyImportedBatchId: null });
    expect(preview.rows.find((r) => r.rowNo === 4)?.errors[0]).toMatchObject({ column: "idNumber" });
    expect(preview.rows.find((r) => r.rowNo === 5)?.errors).toEqual([{ column: "employerCreditCode", message: "employerInCityMustBeRegistered" }]);
    expect(preview.rows.find((r) => r.rowNo === 6)?.eligibility?.reasons.find((x) => x.code === "TRAINING_DURATION")?.passed).toBe(false);
    expect(preview.rows.find((r) => r.rowNo === 7)?.errors).toEqual([{ column: "idNumber", message: "duplicateInFile" }]);
    expect(preview.rows.find((r) => r.rowNo === 3)?.eligibility).toMatchObject({ eligible: true, traineeFen: 200_000, institutionFen: 150_000 });
    expect(await counts()).toEqual(before);

    const first = await importCohort(db.prisma, world.institution.actor, file);
    expect(first.alreadyImported).toBe(false);
    expect(first.batch).toMatchObject({ rowCount: 6, importedCount: 3, rejectedCount: 3 });
    const after = await counts();
    expect(after).toEqual({ trainees: before.trainees + 3, records: before.records + 3, contracts: before.contracts + 3 });
    const registered = await db.prisma.employmentContract.findFirst({ where: { employerOrganisationId: world.nanchangEnterprise.organisation.id, trainee: { name: "学员2" } } });
    expect(registered).toMatchObject({ confirmation: "PENDING", employerInNanchang: true });

    const second = await importCohort(db.prisma, world.institution.actor, file);
    expect(second).toMatchObject({ alreadyImported: true, batch: { id: first.batch.id } });
    // The same rows in a different file (another order, a trailing blank line) match on natural keys.
    const reordered = csv([row(2, {}, world.nanchangEnterprise.organisation.creditCode), row(1)]);
    const third = await importCohort(db.prisma, world.institution.actor, reordered);
    expect(third.alreadyImported).toBe(false);
    expect(await counts()).toEqual(after);
    expect(await db.prisma.importBatch.count({ where: { organisationId: world.institution.organisation.id } })).toBe(2);
  });

  it("reports a row with a NUL character in the preview, and the import skips it as the preview said", async () => {
    const file = csv([
      row(301),
      row(302, { 姓名: "学员\u0000302" }),
      row(303, { 用人单位名称: "深圳\u0000海岸", 课程名称: "Java\u0000开发" }),
      row(304),
    ]);
    const before = await counts();
    const preview = await previewCohortImport(db.prisma, world.institution.actor, file);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview).toMatchObject({ rowCount: 4, validCount: 2, rejectedCount: 2 });
    const rejectedInPreview = preview.rows.filter((r) => r.errors.length > 0).map((r) => ({ rowNo: r.rowNo, errors: r.errors }));
    expect(rejectedInPreview).toEqual([
      { rowNo: 3, errors: [{ column: "name", message: "nulCharacter" }] },
      { rowNo: 4, errors: [{ column: "courseName", message: "nulCharacter" }, { column: "employerName", message: "nulCharacter" }] },
    ]);

    const result = await importCohort(db.prisma, world.institution.actor, file);
    expect(result.batch).toMatchObject({ rowCount: 4, importedCount: 2, rejectedCount: 2 });
    const report = result.batch.report as { rejected: Array<{ rowNo: number; errors: unknown }> };
    expect(report.rejected.map((r) => ({ rowNo: r.rowNo, errors: r.errors }))).toEqual(rejectedInPreview);
    // The report keeps the rejected name readable; the NUL itself cannot be stored (jsonb) and shows as U+FFFD.
    expect((report.rejected[0] as unknown as { name: string }).name).toBe("学员\uFFFD302");
    expect(await counts()).toEqual({ trainees: before.trainees + 2, records: before.records + 2, contracts: before.contracts + 2 });
    expect(await db.prisma.trainee.count({ where: { institutionId: world.institution.organisation.id, name: { in: ["学员301", "学员304"] } } })).toBe(2);
  });

  it("never leaves half an import behind when the database refuses a row", async () => {
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW."outsideEmployerName" = 'BOOM' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER boom BEFORE INSERT ON "EmploymentContract" FOR EACH ROW EXECUTE FUNCTION boom()`);
    try {
      const before = await counts();
      const persons = await db.prisma.person.count();
      const file = csv([row(101), row(102), row(103, { 用人单位名称: "BOOM" })]);
      await expect(importCohort(db.prisma, world.institution.actor, file)).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await db.prisma.person.count()).toBe(persons);
      expect(await db.prisma.importBatch.count({ where: { rowCount: 3 } })).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER boom ON "EmploymentContract"`);
    }
  });

  it("imports a GB18030 export from a spreadsheet program", async () => {
    const text = [cohortTemplateHeader("zh"), row(201), row(202)].map((r) => r.join(",")).join("\r\n");
    const bytes = encodeGb18030(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const result = await importCohort(db.prisma, world.institution.actor, bytes);
    expect(result.batch).toMatchObject({ importedCount: 2, rejectedCount: 0 });
    expect(await db.prisma.trainee.findFirst({ where: { name: "学员201", college: "南昌大学" } })).not.toBeNull();
  });

  it("imports 10,000 rows in one go", { timeout: 600_000 }, async () => {
    const rows: string[][] = [];
    for (let i = 0; i < 10_000; i++) rows.push(row(1000 + i));
    const file = csv(rows);
    const before = await counts();
    const started = Date.now();
    const result = await importCohort(db.prisma, world.institution.actor, file);
    expect(result.batch).toMatchObject({ rowCount: 10_000, importedCount: 10_000, rejectedCount: 0 });
    expect(await counts()).toEqual({ trainees: before.trainees + 10_000, records: before.records + 10_000, contracts: before.contracts + 10_000 });
    expect(await db.prisma.certificate.count({ where: { trainingRecord: { trainee: { institutionId: world.institution.organisation.id } } } })).toBeGreaterThanOrEqual(10_000);
    console.info(`10,000-row cohort on ${kind}: ${Date.now() - started} ms`);
  });
});
