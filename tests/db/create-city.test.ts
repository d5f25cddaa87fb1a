// The province administrator (issue 22, slice 5): adds a city with its first administrator and a
// policy draft, all or nothing; a city's division codes never overlap another's; the province sees
// per-city sums only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { createCityFromInput } from "@/lib/cities/create-city";
import { updateCityFromInput } from "@/lib/cities/update-city";
import { findCityForCreditCode } from "@/lib/cities/find-city";
import { cityTotalsYear, listCityTotals } from "@/lib/cities/list-city-totals";
import { DomainError } from "@/lib/errors/domain-error";
import { earliestEffectiveDate } from "@/lib/policy/effective-date-rule";
import { loadEffectiveDateFacts } from "@/lib/policy/load-effective-date-facts";
import { policyForDate } from "@/lib/policy/load-policy-versions";
import { publishPolicyVersion } from "@/lib/policy/publish-policy-version";
import { signUpDistrictChoices } from "@/lib/organisations/district-choices";
import type { NewCityInput } from "@/lib/schemas/new-city";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createProvinceAdministrator, offshoreLine, uniqueCreditCode } from "@/prisma/seed/factories";
import { ensureSecondCity } from "@/prisma/seed/second-city";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const jiujiang = (overrides: Partial<NewCityInput> = {}): NewCityInput => ({
  cityId: "jiujiang",
  nameZh: "九江市",
  nameEn: "Jiujiang",
  divisionPrefixes: "3604",
  districts: "XUNYANG 浔阳区 Xunyang District\nLIANXI 濂溪区 Lianxi District\nLUSHAN_CITY 庐山市 Lushan",
  bureauNameZh: "九江市商务局",
  bureauNameEn: "Jiujiang Municipal Bureau of Commerce",
  mailFrom: "九江市商务局 <fwwb@jiujiang.example.test>",
  administratorName: "浔管理",
  administratorEmail: `admin-${Date.now()}@jj.example.test`,
  administratorPassword: "Jiujiang-Password-2026",
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string; params?: Record<string, unknown> }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  const { code, field, params } = error as DomainError;
  return { code, field, params };
}

describe.each(DATABASE_KINDS)("a new city on %s", (kind) => {
  let db: TestDatabase;
  let province: ProvinceAdministrator;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    await ensureSecondCity(db.prisma);
    const user = await createProvinceAdministrator(db.prisma, { email: `province-${Date.now()}@province.test`, name: "省管理" });
    province = { id: user.id, role: "PROVINCE_ADMINISTRATOR" };
  });
  afterAll(async () => db?.close());

  it("refuses division codes another city covers, naming it, and saves nothing", async () => {
    const before = await db.prisma.user.count();
    expect(await refusal(createCityFromInput(db.prisma, province, jiujiang({ divisionPrefixes: "3604, 360121" })))).toEqual({
      code: "divisionPrefixTaken",
      field: "divisionPrefixes",
      params: { prefix: "360121", city: "南昌市", cityEn: "Nanchang" },
    });
    expect(await db.prisma.city.findUnique({ where: { id: "jiujiang" } })).toBeNull();
    expect(await db.prisma.cityDistrict.count({ where: { cityId: "jiujiang" } })).toBe(0);
    expect(await db.prisma.user.count()).toBe(before);
  }, 30_000);

  it("refuses a city without districts or with a faulty list, at the districts field, and saves nothing", async () => {
    const before = await db.prisma.user.count();
    await expect(createCityFromInput(db.prisma, province, jiujiang({ districts: "" }))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["districts"], message: "required" })] });
    await expect(createCityFromInput(db.prisma, province, jiujiang({ districts: "XUNYANG 浔阳区 Xunyang\nXUNYANG 浔阳区 Xunyang" }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["districts"], message: "cityDistrictCodeRepeated?line=2&code=XUNYANG" })],
    });
    expect(await db.prisma.city.findUnique({ where: { id: "jiujiang" } })).toBeNull();
    expect(await db.prisma.user.count()).toBe(before);
  }, 30_000);

  it("creates the city, its active first administrator and a policy draft in one step, audited", async () => {
    const { city, administrator, policyDraftId } = await createCityFromInput(db.prisma, province, jiujiang({ divisionPrefixes: "3604，360428" }));
    expect(city).toMatchObject({ id: "jiujiang", divisionPrefixes: ["3604", "360428"], bureauNameZh: "九江市商务局", mailFrom: "九江市商务局 <fwwb@jiujiang.example.test>" });
    expect(administrator).toMatchObject({ role: "ADMINISTRATOR", cityId: "jiujiang", organisationId: null, disabledAt: null });
    const draft = await db.prisma.policyVersion.findUniqueOrThrow({ where: { id: policyDraftId } });
    expect(draft).toMatchObject({ status: "DRAFT", cityId: "jiujiang", nameZh: "九江市服务外包扶持政策（草案）", offshoreFenPerUsd: 20 });
    expect(await db.prisma.policyVersion.count({ where: { cityId: "jiujiang", status: "PUBLISHED" } })).toBe(0);
    // Its districts, in the order typed.
    expect(await db.prisma.cityDistrict.findMany({ where: { cityId: "jiujiang" }, orderBy: { position: "asc" }, select: { code: true, nameZh: true, nameEn: true, position: true } })).toEqual([
      { code: "XUNYANG", nameZh: "浔阳区", nameEn: "Xunyang District", position: 1 },
      { code: "LIANXI", nameZh: "濂溪区", nameEn: "Lianxi District", position: 2 },
      { code: "LUSHAN_CITY", nameZh: "庐山市", nameEn: "Lushan", position: 3 },
    ]);
    const audit = await db.prisma.auditEntry.findMany({ where: { actorId: province.id }, orderBy: { seq: "asc" }, select: { action: true, targetId: true } });
    expect(audit).toEqual([
      { action: "city.create", targetId: "jiujiang" },
      { action: "user.create-staff", targetId: administrator.id },
    ]);
    expect((await db.prisma.auditEntry.findFirstOrThrow({ where: { actorId: province.id, action: "city.create" } })).details).toMatchObject({ districts: ["XUNYANG", "LIANXI", "LUSHAN_CITY"] });
    // A credit code of the new city's region now belongs to it.
    expect(await findCityForCreditCode(db.prisma, uniqueCreditCode("360402"))).toBe("jiujiang");
  }, 30_000);

  it("takes sign-ups at once: the form lists the new city's districts, and an organisation of its region registers with one of them", async () => {
    expect(await signUpDistrictChoices(db.prisma, "en")).toEqual([
      expect.objectContaining({ label: "Nanchang" }),
      expect.objectContaining({ label: "Changsha" }),
      {
        label: "Jiujiang",
        districts: [
          { code: "XUNYANG", name: "Xunyang District" },
          { code: "LIANXI", name: "Lianxi District" },
          { code: "LUSHAN_CITY", name: "Lushan" },
        ],
      },
    ]);
    // Another city's district, or "outside", is refused next to the field, naming the new city.
    await expect(createOrganisationWithUser(db.prisma, { region: "360402", district: "HONGGUTAN" })).rejects.toMatchObject({
      code: "districtInCity",
      field: "district",
      params: { city: "九江市", cityEn: "Jiujiang" },
    });
    await expect(createOrganisationWithUser(db.prisma, { region: "360402", district: "OUTSIDE_NANCHANG" })).rejects.toMatchObject({ code: "districtInCity", field: "district" });
    // The factory signs up through registerOrganisation, as the sign-up action does.
    const { organisation } = await createOrganisationWithUser(db.prisma, { region: "360402", district: "LIANXI", vetted: false });
    expect(organisation).toMatchObject({ cityId: "jiujiang", district: "LIANXI" });
    // Without a district given, the factory takes the first the form would offer the code: the new city's own.
    expect((await createOrganisationWithUser(db.prisma, { region: "360403", vetted: false })).organisation).toMatchObject({ cityId: "jiujiang", district: "XUNYANG" });
  }, 30_000);

  it("lets its first policy reach back to past claim years: the draft starts at the first claim year and, once published, decides the city's 2024 claims", async () => {
    const draft = await db.prisma.policyVersion.findFirstOrThrow({ where: { cityId: "jiujiang", status: "DRAFT" } });
    expect(draft.effectiveFrom.toISOString().slice(0, 10)).toBe("2013-01-01");
    await expect(policyForDate(db.prisma, "jiujiang", "2024-01-01")).rejects.toThrow("no policy version is in force on 2024-01-01");
    // The province drafted it, so the city's administrator is the second person who publishes it.
    const administrator = await db.prisma.user.findFirstOrThrow({ where: { cityId: "jiujiang", role: "ADMINISTRATOR" } });
    await publishPolicyVersion(db.prisma, { id: administrator.id, role: "ADMINISTRATOR", cityId: "jiujiang" }, { versionId: draft.id, revision: draft.revision });
    expect((await policyForDate(db.prisma, "jiujiang", "2024-01-01"))?.id).toBe(draft.id);
    // Nanchang has published versions: its next one still starts tomorrow at the soonest.
    const nanchangFacts = await loadEffectiveDateFacts(db.prisma, "nanchang", new Date("2026-12-08T04:00:00Z"));
    expect(earliestEffectiveDate(nanchangFacts)).toBe("2026-12-09");
  }, 30_000);

  it("corrects a city's names, sender and districts later; a district an organisation names cannot be removed", async () => {
    const details = {
      cityId: "jiujiang",
      nameZh: "九江市",
      nameEn: "Jiujiang City",
      bureauNameZh: "九江市商务局（服务外包办）",
      bureauNameEn: "Jiujiang Municipal Bureau of Commerce",
      mailFrom: "",
      districts: "XUNYANG 浔阳区 Xunyang District\nCHAISANG 柴桑区 Chaisang District\nLIANXI 濂溪区 Lianxi\nLUSHAN_CITY 庐山市 Lushan",
    };
    // An organisation of the city registered as "outside" (written directly: a sign-up would not choose it here) does not hide one that names a district.
    const outside = await db.prisma.organisation.findFirstOrThrow({ where: { cityId: "jiujiang" } });
    await db.prisma.organisation.create({ data: { ...outside, id: crypto.randomUUID(), creditCode: uniqueCreditCode("360402"), district: "OUTSIDE_NANCHANG", createdAt: undefined, updatedAt: undefined } });
    // LIANXI and XUNYANG are named by the organisations signed up above: dropping one is refused, nothing saved.
    expect(await refusal(updateCityFromInput(db.prisma, province, { ...details, districts: "XUNYANG 浔阳区 Xunyang District" }))).toEqual({
      code: "cityDistrictInUse",
      field: "districts",
      params: { code: "LIANXI" },
    });
    expect((await db.prisma.city.findUniqueOrThrow({ where: { id: "jiujiang" } })).nameEn).toBe("Jiujiang");
    await updateCityFromInput(db.prisma, province, details);
    expect(await db.prisma.city.findUniqueOrThrow({ where: { id: "jiujiang" } })).toMatchObject({ nameEn: "Jiujiang City", bureauNameZh: "九江市商务局（服务外包办）", mailFrom: null, divisionPrefixes: ["3604", "360428"] });
    expect(await db.prisma.cityDistrict.findMany({ where: { cityId: "jiujiang" }, orderBy: { position: "asc" }, select: { code: true, nameEn: true } })).toEqual([
      { code: "XUNYANG", nameEn: "Xunyang District" },
      { code: "CHAISANG", nameEn: "Chaisang District" },
      { code: "LIANXI", nameEn: "Lianxi" },
      { code: "LUSHAN_CITY", nameEn: "Lushan" },
    ]);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "city.update", targetId: "jiujiang" } });
    expect(entry.cityId).toBe("jiujiang");
    expect(entry.details).toMatchObject({ before: { nameEn: "Jiujiang" }, after: { nameEn: "Jiujiang City", districts: expect.arrayContaining(["CHAISANG 柴桑区 Chaisang District"]) } });
    await expect(updateCityFromInput(db.prisma, province, { ...details, cityId: "atlantis" })).rejects.toThrow("notFound");
  }, 30_000);

  it("refuses a taken identifier or administrator e-mail, next to its field, and saves nothing", async () => {
    expect(await refusal(createCityFromInput(db.prisma, province, jiujiang({ divisionPrefixes: "3605" })))).toMatchObject({ code: "cityIdTaken", field: "cityId" });
    const taken = (await db.prisma.user.findFirstOrThrow({ where: { cityId: "jiujiang" } })).email;
    expect(await refusal(createCityFromInput(db.prisma, province, jiujiang({ cityId: "xinyu", divisionPrefixes: "3605", administratorEmail: taken })))).toMatchObject({
      code: "emailTaken",
      field: "administratorEmail",
    });
    expect(await db.prisma.city.findUnique({ where: { id: "xinyu" } })).toBeNull();
    expect(await db.prisma.policyVersion.count({ where: { cityId: "xinyu" } })).toBe(0);
  }, 30_000);

  it("is the province administrator's alone", async () => {
    const reviewerLike = { id: province.id, role: "ADMINISTRATOR" } as unknown as ProvinceAdministrator;
    expect((await refusal(createCityFromInput(db.prisma, reviewerLike, jiujiang({ cityId: "pingxiang", divisionPrefixes: "3603" })))).code).toBe("forbidden");
  });

  it("sums each city's claims and money for a year, and names no organisation or person", async () => {
    const nanchang = await createOrganisationWithUser(db.prisma, { region: "360106" });
    await createOffshoreClaim(db.prisma, nanchang.actor, { claimYear: 2023, submit: true, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "400000.00" })] });
    // A draft is not before the bureau: not counted.
    await createOffshoreClaim(db.prisma, nanchang.actor, { claimYear: 2022, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "400000.00" })] });
    // The page opens on the newest year with a claim before a bureau (the draft's 2022 is not one), unless asked.
    expect(await cityTotalsYear(db.prisma, undefined)).toBe(2023);
    expect(await cityTotalsYear(db.prisma, "2019")).toBe(2019);
    expect(await cityTotalsYear(db.prisma, "1999")).toBe(2023);
    const totals = await listCityTotals(db.prisma, 2023);
    expect(totals.map((t) => t.cityId)).toEqual(["nanchang", "changsha", "jiujiang"]);
    expect(totals.find((t) => t.cityId === "nanchang")).toMatchObject({ claims: 1, grantedFen: 0n, paidFen: 0n, budgetFen: null });
    expect(totals.find((t) => t.cityId === "jiujiang")).toMatchObject({ claims: 0, activeOrganisations: 0 });
    expect((await listCityTotals(db.prisma, 2022)).find((t) => t.cityId === "nanchang")!.claims).toBe(0);
    // Only the city's own fields and sums: nothing that could name an applicant.
    expect(Object.keys(totals[0]!).sort()).toEqual(
      ["activeOrganisations", "budgetFen", "bureauNameEn", "bureauNameZh", "cityId", "claims", "divisionPrefixes", "grantedFen", "nameEn", "nameZh", "paidFen"].sort(),
    );
    expect(JSON.stringify(totals, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(nanchang.organisation.nameZh);
  }, 60_000);
});
