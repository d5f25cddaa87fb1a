import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { staffPostRefSchema, type StaffPostRefInput } from "@/lib/schemas/staff-post";

/**
 * A city's administrator takes back the city's post from an account working in another city now:
 * the account cannot switch back (issue 22). The city keeps control of who works in it even while
 * the account is away; an account working in the city is managed on the staff list as any other
 * (disabled, its roles changed). Another city's post is not found.
 */
export async function takeBackCityPost(prisma: PrismaClient, actor: Administrator, input: StaffPostRefInput) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { postId } = staffPostRefSchema.parse(input);
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const [post] = await tx.$queryRaw<Array<{ userId: string; role: string; actingCityId: string | null }>>`
      SELECT p."userId", p."role"::text AS "role", u."cityId" AS "actingCityId"
      FROM "StaffPost" p JOIN "User" u ON u."id" = p."userId"
      WHERE p."id" = ${postId}::uuid AND p."cityId" = ${actor.cityId} FOR UPDATE OF p, u`;
    if (!post) throw new NotFoundError();
    if (post.actingCityId === actor.cityId) throw new DomainError("staffPostActive");
    await tx.staffPost.delete({ where: { id: postId } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "staff-post.revoke",
      targetType: "User",
      targetId: post.userId,
      result: "success",
      details: { postId, cityId: actor.cityId, role: post.role, byCity: true },
    });
  });
}
