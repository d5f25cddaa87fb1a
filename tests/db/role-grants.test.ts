// Four-eyes for the identities that do four-eyes (SECURITY.md V4): a reviewer, administrator or
// payment role granted by one administrator takes effect only when a second administrator
// confirms it. Until then a new staff account cannot sign in; the requester cannot confirm.
import type { Administrator } from "@/lib/auth/actors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { cancelRoleGrant } from "@/lib/users/cancel-role-grant";
import { confirmRoleGrant } from "@/lib/users/confirm-role-grant";
import { createStaffUserFromInput } from "@/lib/users/create-staff-user";
import { listPendingRoleGrants } from "@/lib/users/list-pending-role-grants";
import { requestPaymentRole } from "@/lib/users/request-payment-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createStaff, DEMO_PASSWORD } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("role grants on %s", (kind) => {
  let db: TestDatabase;
  let first: Administrator;
  let second: Administrator;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const a = await createStaff(db.prisma, { email: `admin-a-${Date.now()}@bureau.test`, name: "甲", role: "ADMINISTRATOR" });
    const b = await createStaff(db.prisma, { email: `admin-b-${Date.now()}@bureau.test`, name: "乙", role: "ADMINISTRATOR" });
    first = { id: a.id, role: "ADMINISTRATOR", cityId: a.cityId! };
    second = { id: b.id, role: "ADMINISTRATOR", cityId: b.cityId! };
  });
  afterAll(async () => db?.close());

  const newReviewer = (email: string, canReleasePayments = false) =>
    createStaffUserFromInput(db.prisma, first, { name: "新审核", email, role: "REVIEWER", canReleasePayments, password: DEMO_PASSWORD });
  const login = (email: string) => authenticate(db.prisma, { email, password: DEMO_PASSWORD, ipAddress: `192.0.2.${Math.floor(Math.random() * 250)}` });

  it("keeps a new reviewer account disabled until a second administrator confirms it, and the requester cannot", async () => {
    const email = `pending-${crypto.randomUUID()}@bureau.test`;
    const user = await newReviewer(email, true);
    expect(user).toMatchObject({ role: "REVIEWER", canReleasePayments: false });
    expect(user.disabledAt).not.toBeNull();
    expect(await login(email)).toEqual({ ok: false, error: "ACCOUNT_DISABLED" });

    const [grant] = (await listPendingRoleGrants(db.prisma, "nanchang")).filter((g) => g.user.email === email);
    expect(grant).toMatchObject({ role: "REVIEWER", canReleasePayments: true, newAccount: true, requestedById: first.id });

    await expect(confirmRoleGrant(db.prisma, first, { grantId: grant!.id })).rejects.toMatchObject({ code: "ownRoleGrant" });
    // Nor can the requester enable the account around the grant.
    await expect(setUserDisabled(db.prisma, first, user.id, false)).rejects.toMatchObject({ code: "roleGrantPending" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();

    await confirmRoleGrant(db.prisma, second, { grantId: grant!.id });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledAt: null, role: "REVIEWER", canReleasePayments: true });
    expect(await login(email)).toMatchObject({ ok: true });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "user.confirm-role", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: second.id, result: "success" });
    expect(audit.details).toMatchObject({ grantId: grant!.id, requestedById: first.id });
    await expect(confirmRoleGrant(db.prisma, second, { grantId: grant!.id })).rejects.toMatchObject({ code: "roleGrantNotPending" });
  });

  it("also needs a second administrator for a new administrator (else one makes an accomplice to confirm)", async () => {
    const email = `admin-${crypto.randomUUID()}@bureau.test`;
    const user = await createStaffUserFromInput(db.prisma, first, { name: "新管理", email, role: "ADMINISTRATOR", canReleasePayments: false, password: DEMO_PASSWORD });
    expect(await login(email)).toEqual({ ok: false, error: "ACCOUNT_DISABLED" });
    // The pending administrator cannot confirm its own grant either.
    const grant = await db.prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id } });
    await expect(confirmRoleGrant(db.prisma, { id: user.id, role: "ADMINISTRATOR", cityId: user.cityId! }, { grantId: grant.id })).rejects.toMatchObject({ code: "ownRoleGrant" });
  });

  it("keeps a cancelled account disabled for good", async () => {
    const email = `cancelled-${crypto.randomUUID()}@bureau.test`;
    const user = await newReviewer(email);
    const grant = await db.prisma.roleGrant.findFirstOrThrow({ where: { userId: user.id } });
    await cancelRoleGrant(db.prisma, first, { grantId: grant.id });
    await expect(confirmRoleGrant(db.prisma, second, { grantId: grant.id })).rejects.toMatchObject({ code: "roleGrantNotPending" });
    await expect(setUserDisabled(db.prisma, second, user.id, false)).rejects.toMatchObject({ code: "roleGrantPending" });
    expect(await login(email)).toEqual({ ok: false, error: "ACCOUNT_DISABLED" });
    expect(await db.prisma.auditEntry.count({ where: { action: "user.cancel-role", targetId: user.id } })).toBe(1);
  });

  it("grants an existing reviewer the payment role only on a second administrator's confirmation", async () => {
    const reviewer = await createStaff(db.prisma, { email: `rev-${crypto.randomUUID()}@bureau.test`, name: "丙", role: "REVIEWER" });
    const grant = await requestPaymentRole(db.prisma, first, { userId: reviewer.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).canReleasePayments).toBe(false);
    await expect(requestPaymentRole(db.prisma, second, { userId: reviewer.id })).rejects.toMatchObject({ code: "roleGrantPending" });
    await expect(confirmRoleGrant(db.prisma, first, { grantId: grant.id })).rejects.toMatchObject({ code: "ownRoleGrant" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).canReleasePayments).toBe(false);
    await confirmRoleGrant(db.prisma, second, { grantId: grant.id });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ canReleasePayments: true, disabledAt: null });
    expect(await db.prisma.auditEntry.count({ where: { action: "user.request-role", targetId: reviewer.id } })).toBe(1);
  });
});
