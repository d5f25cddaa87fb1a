import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { decryptPii } from "@/lib/crypto/pii";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { DomainError } from "@/lib/errors/domain-error";
import { acceptInvitationFromInput } from "@/lib/organisations/invitations/accept-invitation";
import { findOpenInvitation } from "@/lib/organisations/invitations/find-invitation";
import { invitationTokenHash } from "@/lib/organisations/invitations/invitation-token";
import { inviteColleagueFromInput } from "@/lib/organisations/invitations/invite-colleague";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { listOrganisationMembers } from "@/lib/organisations/list-organisation-members";
import { updateOrganisationProfileFromInput } from "@/lib/organisations/update-organisation-profile";
import { createOrganisationWithUser } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

const PASSWORD = "a-long-colleague-password";

describe.each(DATABASE_KINDS)("enterprise profile and invitations on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("saves the profile, encrypting the bank account and showing only its last four digits", async () => {
    const { actor, organisation } = await createOrganisationWithUser(db.prisma);
    const base = {
      nameZh: "新名称有限公司",
      district: "HONGGUTAN",
      address: "红谷滩区 2 号",
      contactName: "李四",
      contactPhone: "13900001111",
      contactEmail: "contact@example.test",
      bankAccountName: "新名称有限公司",
      bankName: "中国银行南昌分行",
    } as const;
    await updateOrganisationProfileFromInput(db.prisma, actor, { ...base, bankAccount: "6216 6101 0000 9876" });
    const row = await db.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(row.bankAccountEnc).not.toContain("9876");
    expect(decryptPii(row.bankAccountEnc!)).toBe("6216610100009876");
    expect(row.creditCode).toBe(organisation.creditCode);
    const profile = await getOrganisationProfile(db.prisma, organisation.id);
    expect(profile.bankAccountMasked).toBe("****9876");
    expect(JSON.stringify(profile)).not.toContain("6216610100009876");

    // Blank keeps the account; a district outside Nanchang contradicts the credit code.
    await updateOrganisationProfileFromInput(db.prisma, actor, { ...base, nameZh: "再改名有限公司", bankAccount: "" });
    expect((await getOrganisationProfile(db.prisma, organisation.id)).bankAccountMasked).toBe("****9876");
    const error = await updateOrganisationProfileFromInput(db.prisma, actor, { ...base, district: "OUTSIDE_NANCHANG" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).field).toBe("district");
  });

  it("invites a colleague: token hashed, single use, the new user joins the organisation", async () => {
    const { actor, organisation } = await createOrganisationWithUser(db.prisma);
    const email = `colleague${Date.now()}@example.test`;
    const { invitation, token } = await inviteColleagueFromInput(db.prisma, actor, { email: email.toUpperCase() });
    expect(invitation.email).toBe(email);
    expect(invitation.tokenHash).toBe(invitationTokenHash(token));
    expect(JSON.stringify(await db.prisma.invitation.findMany())).not.toContain(token);
    expect((await findOpenInvitation(db.prisma, token))?.organisation.nameZh).toBe(organisation.nameZh);

    const user = await acceptInvitationFromInput(db.prisma, { token, name: "王五", password: PASSWORD, passwordConfirm: PASSWORD });
    expect(user).toMatchObject({ email, role: "ENTERPRISE_MEMBER", organisationId: organisation.id });
    const login = await authenticate(db.prisma, { email, password: PASSWORD, ipAddress: "10.1.1.1" });
    expect(login.ok).toBe(true);

    const second = await acceptInvitationFromInput(db.prisma, { token, name: "赵六", password: PASSWORD, passwordConfirm: PASSWORD }).catch((e: unknown) => e);
    expect((second as DomainError).code).toBe("invitationUsed");
    expect(await findOpenInvitation(db.prisma, token)).toBeNull();
    expect((await listOrganisationMembers(db.prisma, organisation.id)).users.map((u) => u.email)).toContain(email);
    expect(await db.prisma.auditEntry.count({ where: { action: "invitation.accept", targetId: invitation.id } })).toBe(1);
  });

  it("refuses an expired invitation, an unknown token, a short password and an address that has an account", async () => {
    const { actor, user } = await createOrganisationWithUser(db.prisma);
    const issuedAt = new Date(Date.now() - 73 * 3600 * 1000);
    const { token } = await inviteColleagueFromInput(db.prisma, actor, { email: `late${Date.now()}@example.test` }, issuedAt);
    expect(await findOpenInvitation(db.prisma, token)).toBeNull();
    const expired = await acceptInvitationFromInput(db.prisma, { token, name: "迟到", password: PASSWORD, passwordConfirm: PASSWORD }).catch((e: unknown) => e);
    expect((expired as DomainError).code).toBe("invitationExpired");
    const unknown = await acceptInvitationFromInput(db.prisma, { token: "x".repeat(43), name: "无名", password: PASSWORD, passwordConfirm: PASSWORD }).catch((e: unknown) => e);
    expect((unknown as DomainError).code).toBe("invitationInvalid");
    await expect(acceptInvitationFromInput(db.prisma, { token, name: "短", password: "short", passwordConfirm: "short" })).rejects.toThrow();
    const taken = await inviteColleagueFromInput(db.prisma, actor, { email: user.email }).catch((e: unknown) => e);
    expect((taken as DomainError).field).toBe("email");
  });
});
