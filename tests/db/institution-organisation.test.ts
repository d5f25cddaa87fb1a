import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { DomainError } from "@/lib/errors/domain-error";
import { acceptInvitationFromInput } from "@/lib/organisations/invitations/accept-invitation";
import { inviteColleagueFromInput } from "@/lib/organisations/invitations/invite-colleague";
import { getOrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { listOrganisationMembers } from "@/lib/organisations/list-organisation-members";
import { organisationActor } from "@/lib/auth/actors";
import { updateOrganisationProfileFromInput } from "@/lib/organisations/update-organisation-profile";
import { createOrganisationWithUser } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const PASSWORD = "a-long-colleague-password";

function currentUser(user: { id: string; email: string; name: string; role: CurrentUser["role"]; organisationId: string | null }, kind: CurrentUser["organisationKind"]): CurrentUser {
  return { ...user, canReleasePayments: false, organisationKind: kind, organisationName: null, cityId: "nanchang", sessionId: "s" };
}

describe.each(DATABASE_KINDS)("institution profile and colleagues on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("an institution member edits the institution's profile, audited, bank account masked", async () => {
    const { user, organisation } = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION" });
    const actor = organisationActor(currentUser(user, "TRAINING_INSTITUTION"), "TRAINING_INSTITUTION");
    // The factory entered a first payout account through the same operation: count from here.
    const auditedBefore = await db.prisma.auditEntry.count({ where: { action: "organisation.update-profile", targetId: organisation.id, actorId: user.id } });
    await updateOrganisationProfileFromInput(db.prisma, actor, {
      nameZh: "南昌新培训学院",
      district: "DONGHU",
      address: "东湖区 8 号",
      contactName: "周老师",
      contactPhone: "0791-86001234",
      contactEmail: "office@school.example",
      bankAccountName: "南昌新培训学院",
      bankName: "工商银行南昌分行",
      bankAccount: "6222 0215 0000 4321",
    });
    const profile = await getOrganisationProfile(db.prisma, organisation.id);
    expect(profile).toMatchObject({ nameZh: "南昌新培训学院", district: "DONGHU", bankAccountMasked: "****4321", creditCode: organisation.creditCode });
    expect(JSON.stringify(profile)).not.toContain("6222021500004321");
    expect(await db.prisma.auditEntry.count({ where: { action: "organisation.update-profile", targetId: organisation.id, actorId: user.id } })).toBe(auditedBefore + 1);
    // Bad input is refused at the field and nothing is saved.
    const bad = { nameZh: "改名", district: "DONGHU", address: profile.address, contactName: "周老师", contactPhone: "12", contactEmail: "office@school.example" } as const;
    await expect(updateOrganisationProfileFromInput(db.prisma, actor, bad)).rejects.toThrow();
    expect(await getOrganisationProfile(db.prisma, organisation.id)).toMatchObject({ nameZh: "南昌新培训学院", contactPhone: "0791-86001234" });
  });

  it("an invited colleague joins the institution as an institution member", async () => {
    const { user, organisation } = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION" });
    const actor = organisationActor(currentUser(user, "TRAINING_INSTITUTION"), "TRAINING_INSTITUTION");
    const email = `teacher${Date.now()}@example.test`;
    const { invitation, token } = await inviteColleagueFromInput(db.prisma, actor, { email });
    expect(invitation.organisationId).toBe(organisation.id);
    expect((await listOrganisationMembers(db.prisma, organisation.id)).invitations.map((i) => i.email)).toEqual([email]);
    const joined = await acceptInvitationFromInput(db.prisma, { token, name: "钱老师", password: PASSWORD, passwordConfirm: PASSWORD });
    expect(joined).toMatchObject({ role: "INSTITUTION_MEMBER", organisationId: organisation.id });
    const members = await listOrganisationMembers(db.prisma, organisation.id);
    expect(members.users.map((u) => u.email).sort()).toEqual([user.email, email].sort());
    expect(members.invitations).toHaveLength(0);
  });

  it("only a member of the right kind acts for an organisation", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma);
    const institution = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION" });
    const asEnterprise = currentUser(enterprise.user, "ENTERPRISE");
    const asInstitution = currentUser(institution.user, "TRAINING_INSTITUTION");
    expect(() => organisationActor(asEnterprise, "TRAINING_INSTITUTION")).toThrow(DomainError);
    expect(() => organisationActor(asInstitution, "ENTERPRISE")).toThrow(DomainError);
    expect(() => organisationActor({ ...asInstitution, organisationId: null }, "TRAINING_INSTITUTION")).toThrow(DomainError);
    expect(() => organisationActor({ ...asInstitution, cityId: null }, "TRAINING_INSTITUTION")).toThrow(DomainError);
    expect(organisationActor(asInstitution, "TRAINING_INSTITUTION")).toEqual({ id: institution.user.id, role: "INSTITUTION_MEMBER", organisationId: institution.organisation.id, cityId: "nanchang" });
  });
});
