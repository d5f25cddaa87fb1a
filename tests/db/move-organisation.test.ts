// An organisation moving city (issue 22): its old city's administrator closes the registration
// and opens one in the destination city, in one transaction across two cities' row-level
// security. The old registration keeps its history; the members move; the credit code has at most
// one open registration, which the database itself guarantees; a closed code may sign up again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Administrator } from "@/lib/auth/actors";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { moveOrganisation } from "@/lib/organisations/move-organisation";
import { registerOrganisationFromInput } from "@/lib/organisations/register-organisation";
import { signUpOrganisation } from "@/lib/organisations/sign-up-organisation";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { SECOND_CITY, ensureSecondCity } from "@/prisma/seed/second-city";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@move.test`;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  const { code, field } = error as DomainError;
  return field === undefined ? { code } : { code, field };
}

const toChangsha = (organisationId: string) => ({ organisationId, toCityId: SECOND_CITY.id, district: "YUELU", address: "长沙市岳麓区麓谷大道 1 号", reason: "公司迁址长沙" });

describe.each(DATABASE_KINDS)("an organisation moving city on %s", (kind) => {
  let db: TestDatabase;
  let nanchangAdmin: Administrator;
  let changshaAdmin: Administrator;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    await ensureSecondCity(db.prisma);
    nanchangAdmin = staffActor(await createStaff(db.prisma, { email: unique("nc-admin"), name: "洪管理", role: "ADMINISTRATOR" }));
    changshaAdmin = staffActor(await createStaff(db.prisma, { email: unique("cs-admin"), name: "湘管理", role: "ADMINISTRATOR", cityId: SECOND_CITY.id }));
  });
  afterAll(async () => db?.close());

  it("closes the old registration with its history and opens one awaiting vetting in the destination, members moved, both cities' logs told", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { email: unique("member") });
    const colleague = await db.prisma.user.create({
      data: { email: unique("colleague"), name: "李四", passwordHash: "x", role: "ENTERPRISE_MEMBER", organisationId: enterprise.organisation.id },
    });
    const draft = await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, lines: [offshoreLine()] });

    const moved = await moveOrganisation(db.prisma, nanchangAdmin, toChangsha(enterprise.organisation.id));

    const old = await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id }, include: { movedTo: true } });
    expect(old).toMatchObject({ cityId: "nanchang", status: "CLOSED", closedReason: "公司迁址长沙", openCreditCode: null, creditCode: enterprise.organisation.creditCode });
    expect(old.closedAt).toBeInstanceOf(Date);
    expect(old.movedTo?.id).toBe(moved.organisationId);
    // History stays with the old registration in the old city.
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ organisationId: old.id, cityId: "nanchang" });

    const created = await db.prisma.organisation.findUniqueOrThrow({ where: { id: moved.organisationId } });
    expect(created).toMatchObject({
      cityId: SECOND_CITY.id, status: "PENDING_VETTING", district: "YUELU", address: "长沙市岳麓区麓谷大道 1 号", movedFromId: old.id,
      creditCode: old.creditCode, openCreditCode: old.creditCode, nameZh: old.nameZh, contactEmail: old.contactEmail,
      bankName: old.bankName, bankAccountEnc: old.bankAccountEnc, bankAccountLast4: old.bankAccountLast4, closedAt: null,
    });
    const members = await db.prisma.user.findMany({ where: { id: { in: [enterprise.user.id, colleague.id] } }, select: { organisationId: true } });
    expect(members.map((m) => m.organisationId)).toEqual([created.id, created.id]);
    expect(await db.prisma.user.count({ where: { organisationId: old.id } })).toBe(0);

    const out = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.move-out", targetId: old.id } });
    expect(out).toMatchObject({ cityId: "nanchang", actorId: nanchangAdmin.id });
    const into = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.move-in", targetId: created.id } });
    expect(into).toMatchObject({ cityId: SECOND_CITY.id, actorId: nanchangAdmin.id });

    // Closed: it cannot move again, and nobody acts for it.
    expect(await refusal(moveOrganisation(db.prisma, nanchangAdmin, toChangsha(old.id)))).toEqual({ code: "organisationClosed" });
  });

  it("refuses while the old city still owes a decision or payment, and changes nothing", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { email: unique("busy") });
    await createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, lines: [offshoreLine()], submit: true });
    expect(await refusal(moveOrganisation(db.prisma, nanchangAdmin, toChangsha(enterprise.organisation.id)))).toEqual({ code: "organisationHasWorkInProgress" });
    const after = await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } });
    expect(after).toMatchObject({ status: "ACTIVE", cityId: "nanchang", openCreditCode: enterprise.organisation.creditCode, closedAt: null });
    expect(await db.prisma.organisation.count({ where: { creditCode: enterprise.organisation.creditCode } })).toBe(1);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: enterprise.user.id } })).toMatchObject({ organisationId: enterprise.organisation.id });
    expect(await db.prisma.auditEntry.count({ where: { action: "organisation.move-out", targetId: enterprise.organisation.id } })).toBe(0);
  });

  it("refuses another city's administrator as not found, and a destination that is no other city or lacks the district at its field", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { email: unique("stay") });
    await expect(moveOrganisation(db.prisma, changshaAdmin, { ...toChangsha(enterprise.organisation.id), toCityId: "nanchang", district: "HONGGUTAN" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusal(moveOrganisation(db.prisma, nanchangAdmin, { ...toChangsha(enterprise.organisation.id), toCityId: "nanchang", district: "HONGGUTAN" }))).toEqual({ code: "moveToSameCity", field: "toCityId" });
    expect(await refusal(moveOrganisation(db.prisma, nanchangAdmin, { ...toChangsha(enterprise.organisation.id), toCityId: "atlantis" }))).toEqual({ code: "invalid", field: "toCityId" });
    expect(await refusal(moveOrganisation(db.prisma, nanchangAdmin, { ...toChangsha(enterprise.organisation.id), district: "HONGGUTAN" }))).toEqual({ code: "moveDistrictNotInCity", field: "district" });
    await expect(moveOrganisation(db.prisma, { ...nanchangAdmin, role: "REVIEWER" }, toChangsha(enterprise.organisation.id))).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } })).toMatchObject({ status: "ACTIVE", cityId: "nanchang" });
  });

  it("the database refuses a second open registration of one code, and derives the open code itself", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { email: unique("twice") });
    const { id, createdAt, updatedAt, openCreditCode, ...copy } = enterprise.organisation;
    void [id, createdAt, updatedAt, openCreditCode];
    await expect(db.prisma.organisation.create({ data: { ...copy, cityId: SECOND_CITY.id, district: "YUELU" } })).rejects.toMatchObject({ code: "P2002" });
    // Even a row that names another open code is given its own: the application never writes the column.
    const closed = await db.prisma.organisation.update({ where: { id: enterprise.organisation.id }, data: { status: "CLOSED", closedAt: new Date(), openCreditCode: "WRONG" } });
    expect(closed.openCreditCode).toBeNull();
    const reopened = await db.prisma.organisation.create({ data: { ...copy, cityId: SECOND_CITY.id, district: "YUELU", openCreditCode: "WRONG" } });
    expect(reopened.openCreditCode).toBe(copy.creditCode);
    // A closed registration has a closing date, and an open one none.
    await expect(db.prisma.organisation.update({ where: { id: closed.id }, data: { closedAt: null } })).rejects.toThrow();
  });

  it("a code whose only registration is closed may sign up again; an open one is still refused", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { email: unique("leaver") });
    const signUp = (email: string) => ({
      kind: "ENTERPRISE" as const, nameZh: enterprise.organisation.nameZh, creditCode: enterprise.organisation.creditCode, district: "HONGGUTAN",
      address: "南昌市红谷滩区 2 号", contactName: "王五", contactPhone: "13800000000", userName: "王五", email,
      password: "Nanchang-Demo-2026", passwordConfirm: "Nanchang-Demo-2026",
    });
    expect(await refusal(registerOrganisationFromInput(db.prisma, signUp(unique("again"))))).toEqual({ code: "creditCodeTaken", field: "creditCode" });
    await db.prisma.organisation.update({ where: { id: enterprise.organisation.id }, data: { status: "CLOSED", closedAt: new Date(), closedReason: "迁出" } });
    const { emails } = await signUpOrganisation(db.prisma, signUp(unique("anew")), null, "zh-CN");
    expect(emails.map((e) => e.template)).toEqual(["signUpReceived"]);
    const registrations = await db.prisma.organisation.findMany({ where: { creditCode: enterprise.organisation.creditCode }, orderBy: { createdAt: "asc" }, select: { status: true } });
    expect(registrations.map((r) => r.status)).toEqual(["CLOSED", "PENDING_VETTING"]);
    // And now the new one is the open registration: a third sign-up is the duplicate path again.
    const third = await signUpOrganisation(db.prisma, signUp(unique("third")), null, "zh-CN");
    expect(third.emails.map((e) => e.template)).toEqual(["signUpCreditCodeTaken"]);
  });
});
