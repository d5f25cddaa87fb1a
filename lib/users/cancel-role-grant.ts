import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { roleGrantRefSchema, type RoleGrantRefInput } from "@/lib/schemas/role-grant";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * Any administrator, the requester included, withdraws a pending role grant. Nothing is granted;
 * a new staff account it came with stays disabled for good (lib/users/set-user-disabled.ts
 * refuses to enable an account whose creating grant was never confirmed).
 */
export async function cancelRoleGrant(prisma: PrismaClient, actor: Administrator, input: RoleGrantRefInput, now = new Date()) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { grantId } = roleGrantRefSchema.parse(input);
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const grant = await tx.roleGrant.findUnique({ where: { id: grantId, user: { cityId: actor.cityId } }, select: { userId: true } });
    if (!grant) throw new NotFoundError();
    const updated = await tx.roleGrant.updateMany({
      where: { id: grantId, status: "PENDING" },
      data: { status: "CANCELLED", decidedById: actor.id, decidedAt: now },
    });
    if (updated.count === 0) throw new DomainError("roleGrantNotPending");
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "user.cancel-role",
      targetType: "User",
      targetId: grant.userId,
      result: "success",
      details: { grantId },
    });
  });
}
