// Several cities on one deployment (issue 22), slice 1: the city as data, and the city every
// organisation, staff member, claim, budget and policy version belongs to. One city behaves as the
// portal always has; a second city makes the credit code's region decide, and refuses one no city
// covers, naming the cities served.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { setYearBudgetFromInput } from "@/lib/dashboard/set-year-budget";
import { BUILT_IN_POLICY_VERSIONS } from "@/lib/eligibility";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { runWhatIf } from "@/lib/policy/what-if/run-what-if";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine } from "@/prisma/seed/factories";
import { profileDistrictChoices, signUpDistrictChoices } from "@/lib/organisations/district-choices";
import { ensureSecondCity } from "@/prisma/seed/second-city";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("cities on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
  });
  afterAll(async () => db?.close());

  it("starts with Nanchang, whose built-in policy versions and staff are its own", async () => {
    expect(await db.prisma.city.findMany()).toEqual([expect.objectContaining({ id: "nanchang", nameZh: "南昌市", nameEn: "Nanchang", divisionPrefixes: ["3601"] })]);
    expect(await db.prisma.policyVersion.findMany({ select: { cityId: true }, distinct: ["cityId"] })).toEqual([{ cityId: "nanchang" }]);
    const staff = await createStaff(db.prisma, { email: `city-staff-${Date.now()}@bureau.test`, name: "城审核", role: "REVIEWER" });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: staff.id }, select: { cityId: true } })).toEqual({ cityId: "nanchang" });
  });

  it("offers the only city's districts and \"outside\" at sign-up", async () => {
    const [only] = await signUpDistrictChoices(db.prisma, "en");
    // The city's districts named from its list (CityDistrict) in the reader's language; "outside" by messages.
    expect(only).toEqual({ label: null, districts: expect.arrayContaining([{ code: "HONGGUTAN", name: "Honggutan District" }, { code: "OUTSIDE_NANCHANG", name: null }]) });
    expect(only!.districts.map((d) => d.code)).not.toContain("YUELU");
  });

  it("serves every organisation from the only city, wherever it is registered, and files its claims there", async () => {
    const shenzhen = await createOrganisationWithUser(db.prisma, { region: "440300" });
    expect(shenzhen.organisation.cityId).toBe("nanchang");
    const claim = await createOffshoreClaim(db.prisma, shenzhen.actor, { claimYear: 2024, lines: [offshoreLine()] });
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id }, select: { cityId: true } })).toEqual({ cityId: "nanchang" });
  });

  it("refuses a staff member without a city, and an applicant with one (the database's own check)", async () => {
    const base = { passwordHash: "x", name: "检查" };
    await expect(db.prisma.user.create({ data: { ...base, email: `nocity-${Date.now()}@bureau.test`, role: "REVIEWER" } })).rejects.toThrow(/User_staff_city/);
    const org = await createOrganisationWithUser(db.prisma);
    await expect(
      db.prisma.user.create({ data: { ...base, email: `withcity-${Date.now()}@example.test`, role: "ENTERPRISE_MEMBER", organisationId: org.organisation.id, cityId: "nanchang" } }),
    ).rejects.toThrow(/User_staff_city/);
  });

  describe("with a second city", () => {
    beforeAll(async () => {
      // The city with its own policy: a city without one cannot take claims (each is evaluated under its city's policy).
      await ensureSecondCity(db.prisma);
    });

    it("puts an organisation in the city covering its credit code's region", async () => {
      expect((await createOrganisationWithUser(db.prisma, { region: "430102" })).organisation.cityId).toBe("changsha");
      expect((await createOrganisationWithUser(db.prisma, { region: "360106" })).organisation.cityId).toBe("nanchang");
    });

    it("refuses a credit code from a region no city covers, naming the cities served, and saves nothing", async () => {
      const before = await db.prisma.organisation.count();
      const refusal = await createOrganisationWithUser(db.prisma, { region: "440300", email: `sz-${Date.now()}@example.test` }).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ code: "creditCodeOutsideCities", field: "creditCode", params: { cities: "长沙市（Changsha）、南昌市（Nanchang）" } });
      expect(await db.prisma.organisation.count()).toBe(before);
    });

    it("asks each code for a district of its own city, at the district field, and saves nothing otherwise", async () => {
      const before = await db.prisma.organisation.count();
      await expect(createOrganisationWithUser(db.prisma, { region: "360106", district: "YUELU" })).rejects.toMatchObject({ code: "districtInCity", field: "district", params: { city: "南昌市", cityEn: "Nanchang" } });
      await expect(createOrganisationWithUser(db.prisma, { region: "430102", district: "HONGGUTAN" })).rejects.toMatchObject({ code: "districtInCity", field: "district", params: { city: "长沙市", cityEn: "Changsha" } });
      await expect(createOrganisationWithUser(db.prisma, { region: "430102", district: "OUTSIDE_NANCHANG" })).rejects.toMatchObject({ code: "districtInCity", field: "district", params: { city: "长沙市", cityEn: "Changsha" } });
      expect(await db.prisma.organisation.count()).toBe(before);
      const changsha = await createOrganisationWithUser(db.prisma, { region: "430102", district: "YUELU" });
      expect(changsha.organisation).toMatchObject({ cityId: "changsha", district: "YUELU" });
      expect(await profileDistrictChoices(db.prisma, changsha.organisation.creditCode, "zh-CN")).toEqual([
        { label: null, districts: expect.arrayContaining([{ code: "YUELU", name: "岳麓区" }, { code: "FURONG", name: "芙蓉区" }]) },
      ]);
      expect(await signUpDistrictChoices(db.prisma, "zh-CN")).toEqual([
        { label: "南昌市", districts: expect.arrayContaining([{ code: "HONGGUTAN", name: "红谷滩区" }]) },
        { label: "长沙市", districts: expect.arrayContaining([{ code: "YUELU", name: "岳麓区" }]) },
      ]);
    });

    it("costs a draft over its own city's claims only", async () => {
      const changsha = await createOrganisationWithUser(db.prisma, { region: "430102" });
      const nanchang = await createOrganisationWithUser(db.prisma, { region: "360106" });
      const csClaim = await createOffshoreClaim(db.prisma, changsha.actor, { claimYear: 2024, submit: true, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00" })] });
      const ncClaim = await createOffshoreClaim(db.prisma, nanchang.actor, { claimYear: 2024, submit: true, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00" })] });
      const draft = { ...BUILT_IN_POLICY_VERSIONS.at(-1)!, offshoreFenPerUsd: 25 };
      const idsOf = async (cityId: string) => (await runWhatIf(db.prisma, { policy: draft, cityId, claimYear: null })).rows.map((r) => r.claimId);
      expect(await idsOf("nanchang")).toContain(ncClaim.id);
      expect(await idsOf("nanchang")).not.toContain(csClaim.id);
      expect(await idsOf("changsha")).toEqual([csClaim.id]);
    });

    it("keeps each city's budget of the same year apart, set by that city's administrator", async () => {
      const nanchangAdmin = await createStaff(db.prisma, { email: `nc-admin-${Date.now()}@bureau.test`, name: "南管理", role: "ADMINISTRATOR" });
      const changshaAdmin = await createStaff(db.prisma, { email: `cs-admin-${Date.now()}@bureau.test`, name: "长管理", role: "ADMINISTRATOR", cityId: "changsha" });
      await setYearBudgetFromInput(db.prisma, { id: nanchangAdmin.id, role: "ADMINISTRATOR", cityId: nanchangAdmin.cityId! }, { year: 2027, budgetYuan: "1,000,000.00" });
      await setYearBudgetFromInput(db.prisma, { id: changshaAdmin.id, role: "ADMINISTRATOR", cityId: changshaAdmin.cityId! }, { year: 2027, budgetYuan: "2,000,000.00" });
      const budgets = await db.prisma.yearBudget.findMany({ where: { year: 2027 }, orderBy: { cityId: "asc" }, select: { cityId: true, budgetFen: true } });
      expect(budgets).toEqual([
        { cityId: "changsha", budgetFen: 200_000_000n },
        { cityId: "nanchang", budgetFen: 100_000_000n },
      ]);
    });
  });
});
