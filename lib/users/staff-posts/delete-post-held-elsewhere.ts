import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Actor } from "@/lib/auth/actors";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";

/**
 * Deletes a post of `cityId` inside that city's transaction, the account's row locked with it
 * (a switch at the same moment waits): never the post the account works in now, which its city
 * manages on the staff list. Shared by the province's and the city's own taking back of a post.
 */
export async function deletePostHeldElsewhere(tx: Prisma.TransactionClient, actor: Actor, postId: string, cityId: string, extra: Record<string, unknown> = {}) {
  const [locked] = await tx.$queryRaw<Array<{ userId: string; role: string; actingCityId: string | null }>>`
    SELECT p."userId", p."role"::text AS "role", u."cityId" AS "actingCityId"
    FROM "StaffPost" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."id" = ${postId}::uuid AND p."cityId" = ${cityId} FOR UPDATE OF p, u`;
  if (!locked) throw new NotFoundError();
  if (locked.actingCityId === cityId) throw new DomainError("staffPostActive");
  await tx.staffPost.delete({ where: { id: postId } });
  await appendAuditEntry(tx, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "staff-post.revoke",
    targetType: "User",
    targetId: locked.userId,
    result: "success",
    details: { postId, cityId, role: locked.role, ...extra },
  });
}
