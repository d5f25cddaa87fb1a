import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { revokeSession, revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOrganisationWithUser, createStaff, DEMO_PASSWORD } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("authentication on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("opens a database session for the right password and audits it", async () => {
    await createStaff(db.prisma, { email: "ok@bureau.test", name: "甲", role: "REVIEWER" });
    const result = await authenticate(db.prisma, { email: "OK@bureau.test ", password: DEMO_PASSWORD, ipAddress: "10.0.0.1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(result.userId);
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(8 * 3600 * 1000);
    const audit = await db.prisma.auditEntry.findMany({ where: { action: "auth.login", targetId: result.userId } });
    expect(audit.map((a) => a.result)).toContain("success");
  });

  it("says the same for an unknown e-mail and a wrong password", async () => {
    await createStaff(db.prisma, { email: "known@bureau.test", name: "乙", role: "REVIEWER" });
    const unknown = await authenticate(db.prisma, { email: "nobody@bureau.test", password: "whatever-password", ipAddress: "10.0.0.2" });
    const wrong = await authenticate(db.prisma, { email: "known@bureau.test", password: "wrong-password-1", ipAddress: "10.0.0.3" });
    expect(unknown).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect(wrong).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("throttles an account after five failures, even with the right password, across addresses", async () => {
    await createStaff(db.prisma, { email: "target@bureau.test", name: "丙", role: "REVIEWER" });
    for (let i = 0; i < 5; i++) {
      await authenticate(db.prisma, { email: "target@bureau.test", password: `guess-number-${i}`, ipAddress: `10.1.0.${i}` });
    }
    const right = await authenticate(db.prisma, { email: "target@bureau.test", password: DEMO_PASSWORD, ipAddress: "10.9.9.9" });
    expect(right).toEqual({ ok: false, error: "THROTTLED" });
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: "account:target@bureau.test" } });
    // Locked for a minute, not for good: the owner gets back in soon.
    expect(row.lockedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it("throttles an address spraying many accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await authenticate(db.prisma, { email: `spray${i}@bureau.test`, password: "password-spray", ipAddress: "10.66.0.1" });
    }
    await createStaff(db.prisma, { email: "victim@bureau.test", name: "丁", role: "REVIEWER" });
    const fromSprayer = await authenticate(db.prisma, { email: "victim@bureau.test", password: DEMO_PASSWORD, ipAddress: "10.66.0.1" });
    const fromElsewhere = await authenticate(db.prisma, { email: "victim@bureau.test", password: DEMO_PASSWORD, ipAddress: "10.77.0.1" });
    expect(fromSprayer).toEqual({ ok: false, error: "THROTTLED" });
    expect(fromElsewhere.ok).toBe(true);
  });

  it("refuses a disabled account and ends sessions on revocation", async () => {
    const { user } = await createOrganisationWithUser(db.prisma, { email: "member@ent.test" });
    const first = await authenticate(db.prisma, { email: "member@ent.test", password: DEMO_PASSWORD, ipAddress: "10.2.0.1" });
    const second = await authenticate(db.prisma, { email: "member@ent.test", password: DEMO_PASSWORD, ipAddress: "10.2.0.2" });
    if (!first.ok || !second.ok) throw new Error("login failed");
    await db.prisma.$transaction((tx) => revokeSession(tx, first.sessionId));
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedAt).not.toBeNull();
    expect((await db.prisma.session.findUniqueOrThrow({ where: { id: second.sessionId } })).revokedAt).toBeNull();
    const ended = await db.prisma.$transaction((tx) => revokeUserSessions(tx, user.id));
    expect(ended).toBe(1);
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authenticate(db.prisma, { email: "member@ent.test", password: DEMO_PASSWORD, ipAddress: "10.2.0.3" })).toEqual({
      ok: false,
      error: "ACCOUNT_DISABLED",
    });
  });

  it("keeps the audit chain valid through all of it", async () => {
    const report = await verifyAuditChain(db.prisma);
    expect(report.valid).toBe(true);
    expect(report.checked).toBeGreaterThan(10);
  });
});
