// A staff account with posts in two cities (issue 22: "a user with roles in two cities, rare: a
// vendor's account, switches explicitly"): the province gives the post; the account acts in one
// city at a time, with that city's role and payment right; each city's log records who came in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProvinceAdministrator, StaffActor } from "@/lib/auth/actors";
import { DomainError } from "@/lib/errors/domain-error";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { grantStaffPost } from "@/lib/users/staff-posts/grant-staff-post";
import { listStaffPosts } from "@/lib/users/staff-posts/list-staff-posts";
import { listSwitchableCities } from "@/lib/users/staff-posts/list-switchable-cities";
import { revokeStaffPost } from "@/lib/users/staff-posts/revoke-staff-post";
import { switchCity } from "@/lib/users/staff-posts/switch-city";
import { listPostsHeldElsewhere } from "@/lib/users/staff-posts/list-posts-held-elsewhere";
import { takeBackCityPost } from "@/lib/users/staff-posts/take-back-city-post";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOrganisationWithUser, createProvinceAdministrator, createStaff } from "@/prisma/seed/factories";
import { SECOND_CITY, ensureSecondCity } from "@/prisma/seed/second-city";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++counter}@posts.test`;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; field?: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  const { code, field } = error as DomainError;
  return field === undefined ? { code } : { code, field };
}

describe.each(DATABASE_KINDS)("staff posts in two cities on %s", (kind) => {
  let db: TestDatabase;
  let province: ProvinceAdministrator;
  let nanchangAdmin: { id: string };
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    await ensureSecondCity(db.prisma);
    const user = await createProvinceAdministrator(db.prisma, { email: unique("province"), name: "省管理" });
    province = { id: user.id, role: "PROVINCE_ADMINISTRATOR" };
    nanchangAdmin = await createStaff(db.prisma, { email: unique("admin"), name: "洪管理", role: "ADMINISTRATOR" });
  });
  afterAll(async () => db?.close());

  const reviewerWithPayments = () => createStaff(db.prisma, { email: unique("vendor"), name: "程审核", role: "REVIEWER", canReleasePayments: true });
  const actorOf = async (id: string): Promise<StaffActor> => {
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id } });
    return { id: row.id, role: row.role, cityId: row.cityId! };
  };

  it("refuses a post for an account that is not active bureau staff, in its own city, twice, or in an unknown city", async () => {
    const member = await createOrganisationWithUser(db.prisma, { email: unique("member") });
    expect(await refusal(grantStaffPost(db.prisma, province, { email: member.user.email, cityId: SECOND_CITY.id, role: "REVIEWER" }))).toEqual({ code: "staffPostNotStaff", field: "email" });
    expect(await refusal(grantStaffPost(db.prisma, province, { email: unique("nobody"), cityId: SECOND_CITY.id, role: "REVIEWER" }))).toEqual({ code: "staffPostNotStaff", field: "email" });
    const reviewer = await reviewerWithPayments();
    await db.prisma.user.update({ where: { id: reviewer.id }, data: { disabledAt: new Date() } });
    expect(await refusal(grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "REVIEWER" }))).toEqual({ code: "staffPostNotStaff", field: "email" });

    const other = await reviewerWithPayments();
    expect(await refusal(grantStaffPost(db.prisma, province, { email: other.email, cityId: "nanchang", role: "REVIEWER" }))).toEqual({ code: "staffPostExists", field: "cityId" });
    expect(await refusal(grantStaffPost(db.prisma, province, { email: other.email, cityId: "atlantis", role: "REVIEWER" }))).toEqual({ code: "invalid", field: "cityId" });
    await grantStaffPost(db.prisma, province, { email: other.email, cityId: SECOND_CITY.id, role: "REVIEWER" });
    expect(await refusal(grantStaffPost(db.prisma, province, { email: other.email, cityId: SECOND_CITY.id, role: "ADMINISTRATOR" }))).toEqual({ code: "staffPostExists", field: "cityId" });
    expect(await db.prisma.staffPost.count({ where: { userId: { in: [member.user.id, reviewer.id] } } })).toBe(0);
    // Only the province gives posts.
    await expect(grantStaffPost(db.prisma, { id: nanchangAdmin.id, role: "ADMINISTRATOR" } as never, { email: other.email, cityId: SECOND_CITY.id, role: "REVIEWER" })).rejects.toThrow("forbidden");
  });

  it("switches the account's city and role together, and back, leaving the payment right behind, each city's log saying so", async () => {
    const reviewer = await reviewerWithPayments();
    const post = await grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "ADMINISTRATOR" });
    expect(post).toMatchObject({ role: "ADMINISTRATOR", canReleasePayments: false, grantedById: province.id });
    const grantEntry = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "staff-post.grant", targetId: reviewer.id } });
    expect(grantEntry.cityId).toBe(SECOND_CITY.id);
    expect((await listSwitchableCities(db.prisma, reviewer.id, "nanchang")).map((c) => [c.cityId, c.role])).toEqual([[SECOND_CITY.id, "ADMINISTRATOR"]]);

    expect(await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id })).toEqual({ cityId: SECOND_CITY.id, role: "ADMINISTRATOR" });
    // The payment right is Nanchang's: it does not travel to Changsha.
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ cityId: SECOND_CITY.id, role: "ADMINISTRATOR", canReleasePayments: false });
    // Nanchang's post keeps the role, not the payment right: Nanchang grants it again when the account is back.
    expect(await db.prisma.staffPost.findUniqueOrThrow({ where: { userId_cityId: { userId: reviewer.id, cityId: "nanchang" } } })).toMatchObject({ role: "REVIEWER", canReleasePayments: false, grantedById: null });
    expect((await listSwitchableCities(db.prisma, reviewer.id, SECOND_CITY.id)).map((c) => c.cityId)).toEqual(["nanchang"]);
    // One entry in the log of the city left, one in the log of the city entered.
    const switched = await db.prisma.auditEntry.findMany({ where: { action: "staff.switch-city", targetId: reviewer.id }, orderBy: { seq: "asc" }, select: { cityId: true, actorRole: true, details: true } });
    const details = { fromCityId: "nanchang", toCityId: SECOND_CITY.id, fromRole: "REVIEWER", toRole: "ADMINISTRATOR", paymentRightLeft: true };
    expect(switched).toEqual([
      { cityId: "nanchang", actorRole: "REVIEWER", details },
      { cityId: SECOND_CITY.id, actorRole: "ADMINISTRATOR", details },
    ]);

    // Switching to the city it is in changes nothing; a city without a post is not found.
    expect(await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id })).toEqual({ cityId: SECOND_CITY.id, role: "ADMINISTRATOR" });
    expect(await refusal(switchCity(db.prisma, await actorOf(reviewer.id), { cityId: "atlantis" }))).toEqual({ code: "notFound" });

    await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: "nanchang" });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ cityId: "nanchang", role: "REVIEWER", canReleasePayments: false });
    expect(await db.prisma.auditEntry.count({ where: { action: "staff.switch-city", targetId: reviewer.id, cityId: "nanchang" } })).toBe(2);
    expect(await db.prisma.auditEntry.count({ where: { action: "staff.switch-city", targetId: reviewer.id, cityId: SECOND_CITY.id } })).toBe(2);
  });

  it("refuses to switch while a role grant of the account waits for a second administrator", async () => {
    const reviewer = await createStaff(db.prisma, { email: unique("pending"), name: "等审核", role: "REVIEWER" });
    await grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "REVIEWER" });
    await db.prisma.roleGrant.create({ data: { userId: reviewer.id, role: "REVIEWER", canReleasePayments: true, requestedById: nanchangAdmin.id } });
    expect(await refusal(switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id }))).toEqual({ code: "roleGrantPending" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).cityId).toBe("nanchang");
  });

  it("takes back a post in another city, never the one the account works in", async () => {
    const reviewer = await createStaff(db.prisma, { email: unique("revoked"), name: "收审核", role: "REVIEWER" });
    const post = await grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "REVIEWER" });
    expect((await listStaffPosts(db.prisma)).map((p) => p.id)).toContain(post.id);
    await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id });
    // Now it works in Changsha: that post is the city's to manage; the Nanchang one is not listed as given.
    expect(await refusal(revokeStaffPost(db.prisma, province, { postId: post.id }))).toEqual({ code: "staffPostActive" });
    expect((await listStaffPosts(db.prisma)).map((p) => p.id)).not.toContain(post.id);
    await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: "nanchang" });
    await revokeStaffPost(db.prisma, province, { postId: post.id });
    expect(await db.prisma.staffPost.findUnique({ where: { id: post.id } })).toBeNull();
    expect((await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "staff-post.revoke", targetId: reviewer.id } })).cityId).toBe(SECOND_CITY.id);
    expect(await refusal(switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id }))).toEqual({ code: "notFound" });
  });

  it("lets the city left take its post back while the account works elsewhere; another city's administrator cannot", async () => {
    const reviewer = await createStaff(db.prisma, { email: unique("away"), name: "离审核", role: "REVIEWER" });
    await grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "REVIEWER" });
    await switchCity(db.prisma, await actorOf(reviewer.id), { cityId: SECOND_CITY.id });
    const nanchangPost = await db.prisma.staffPost.findUniqueOrThrow({ where: { userId_cityId: { userId: reviewer.id, cityId: "nanchang" } } });
    expect((await listPostsHeldElsewhere(db.prisma, "nanchang")).map((p) => p.id)).toContain(nanchangPost.id);
    const changshaAdmin = await createStaff(db.prisma, { email: unique("cs-admin"), name: "湘管理", role: "ADMINISTRATOR", cityId: SECOND_CITY.id });
    const nanchangAdministrator = { id: nanchangAdmin.id, role: "ADMINISTRATOR" as const, cityId: "nanchang" };
    // Changsha's administrator: Nanchang's post is not found; and the Changsha post is the one it works in.
    expect(await refusal(takeBackCityPost(db.prisma, { id: changshaAdmin.id, role: "ADMINISTRATOR", cityId: SECOND_CITY.id }, { postId: nanchangPost.id }))).toEqual({ code: "notFound" });
    const changshaPost = await db.prisma.staffPost.findUniqueOrThrow({ where: { userId_cityId: { userId: reviewer.id, cityId: SECOND_CITY.id } } });
    expect(await refusal(takeBackCityPost(db.prisma, { id: changshaAdmin.id, role: "ADMINISTRATOR", cityId: SECOND_CITY.id }, { postId: changshaPost.id }))).toEqual({ code: "staffPostActive" });
    await takeBackCityPost(db.prisma, nanchangAdministrator, { postId: nanchangPost.id });
    expect((await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "staff-post.revoke", targetId: reviewer.id } })).cityId).toBe("nanchang");
    expect(await refusal(switchCity(db.prisma, await actorOf(reviewer.id), { cityId: "nanchang" }))).toEqual({ code: "notFound" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } })).cityId).toBe(SECOND_CITY.id);
  });

  // PostgreSQL only: PGlite runs one statement at a time, so two transactions can never race there;
  // the project tests concurrency and locking on PostgreSQL (the PGlite run of this file skips it).
  it.runIf(kind === "postgres")("a switch and a revocation of the same post at once: one wins whole, the account is never left in a city it has no post in", async () => {
    for (let round = 0; round < 5; round++) {
      const reviewer = await createStaff(db.prisma, { email: unique("race"), name: "竞审核", role: "REVIEWER" });
      const post = await grantStaffPost(db.prisma, province, { email: reviewer.email, cityId: SECOND_CITY.id, role: "REVIEWER" });
      const actor = await actorOf(reviewer.id);
      const [switched, revoked] = await Promise.allSettled([switchCity(db.prisma, actor, { cityId: SECOND_CITY.id }), revokeStaffPost(db.prisma, province, { postId: post.id })]);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } });
      const remaining = await db.prisma.staffPost.findUnique({ where: { id: post.id } });
      if (switched.status === "fulfilled") {
        // The switch went first: the post is the one it works in now, so the revocation was refused.
        expect(revoked.status).toBe("rejected");
        expect(user.cityId).toBe(SECOND_CITY.id);
        expect(remaining).not.toBeNull();
      } else {
        expect(revoked.status).toBe("fulfilled");
        expect(user.cityId).toBe("nanchang");
        expect(remaining).toBeNull();
      }
    }
  });
});
