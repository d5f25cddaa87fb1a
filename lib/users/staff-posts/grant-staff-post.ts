import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError } from "@/lib/errors/domain-error";
import { grantStaffPostSchema, type GrantStaffPostInput } from "@/lib/schemas/staff-post";

/**
 * The province administrator gives an existing bureau account (a reviewer or an administrator of
 * one city) a post in another city, which the account can then switch to (issue 22: a vendor's
 * account working for two bureaus). The province is each city's root of trust, as when it names a
 * new city's first administrator; the payment right is never part of a post: the city grants it
 * with its own four-eyes confirmation once the account works there.
 *
 * Runs inside the post's city, so that the audit entry is in that city's log: its administrators
 * see who was let into their city, and by whom.
 */
export async function grantStaffPost(prisma: PrismaClient, actor: ProvinceAdministrator, input: GrantStaffPostInput) {
  if (actor.role !== "PROVINCE_ADMINISTRATOR") throw new DomainError("forbidden");
  const { email, cityId, role } = grantStaffPostSchema.parse(input);
  const city = await prisma.city.findUnique({ where: { id: cityId }, select: { id: true } });
  if (!city) throw new DomainError("invalid", "cityId");
  return inCityTransaction(prisma, city.id, async (tx) => {
    // The account's row is locked, so a switch of city running at the same time sees the post or not, never half of it.
    const [user] = await tx.$queryRaw<Array<{ id: string; role: string; cityId: string | null; disabledAt: Date | null }>>`
      SELECT "id", "role", "cityId", "disabledAt" FROM "User" WHERE "email" = ${email} FOR UPDATE`;
    if (!user || user.disabledAt || (user.role !== "REVIEWER" && user.role !== "ADMINISTRATOR")) throw new DomainError("staffPostNotStaff", "email");
    const existing = await tx.staffPost.findUnique({ where: { userId_cityId: { userId: user.id, cityId: city.id } }, select: { id: true } });
    if (user.cityId === city.id || existing) throw new DomainError("staffPostExists", "cityId");
    const post = await tx.staffPost.create({ data: { userId: user.id, cityId: city.id, role, canReleasePayments: false, grantedById: actor.id } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "staff-post.grant",
      targetType: "User",
      targetId: user.id,
      result: "success",
      details: { postId: post.id, cityId: city.id, role, actingCityId: user.cityId },
    });
    return post;
  });
}
