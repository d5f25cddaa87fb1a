import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { staffPostRefSchema, type StaffPostRefInput } from "@/lib/schemas/staff-post";

/**
 * The province administrator takes a post back. Only a post the account is not acting in: while
 * it acts in that city, the city's own administrators manage it there (disable it, change its
 * role), and the account switches away first. Recorded in the post's city's log.
 */
export async function revokeStaffPost(prisma: PrismaClient, actor: ProvinceAdministrator, input: StaffPostRefInput) {
  if (actor.role !== "PROVINCE_ADMINISTRATOR") throw new DomainError("forbidden");
  const { postId } = staffPostRefSchema.parse(input);
  const post = await prisma.staffPost.findUnique({ where: { id: postId }, select: { cityId: true } });
  if (!post) throw new NotFoundError();
  return inCityTransaction(prisma, post.cityId, async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ userId: string; role: string; actingCityId: string | null }>>`
      SELECT p."userId", p."role"::text AS "role", u."cityId" AS "actingCityId"
      FROM "StaffPost" p JOIN "User" u ON u."id" = p."userId"
      WHERE p."id" = ${postId}::uuid FOR UPDATE OF p, u`;
    if (!locked) throw new NotFoundError();
    if (locked.actingCityId === post.cityId) throw new DomainError("staffPostActive");
    await tx.staffPost.delete({ where: { id: postId } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "staff-post.revoke",
      targetType: "User",
      targetId: locked.userId,
      result: "success",
      details: { postId, cityId: post.cityId, role: locked.role },
    });
  });
}
