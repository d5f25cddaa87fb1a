import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { roleGrantRefSchema, type RoleGrantRefInput } from "@/lib/schemas/role-grant";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * A second administrator confirms a pending role grant: the role (and payment right) takes effect,
 * and a new staff account is enabled. The administrator who asked for it cannot confirm it, so one
 * administrator alone cannot create the two reviewer identities four-eyes approval needs.
 * Conditional on the grant still pending: confirming twice, or after a cancel, is refused.
 */
export async function confirmRoleGrant(prisma: PrismaClient, actor: Administrator, input: RoleGrantRefInput, now = new Date()) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { grantId } = roleGrantRefSchema.parse(input);
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const grant = await tx.roleGrant.findUnique({ where: { id: grantId, user: { cityId: actor.cityId } } });
    if (!grant) throw new NotFoundError();
    if (grant.requestedById === actor.id || grant.userId === actor.id) throw new DomainError("ownRoleGrant");
    const updated = await tx.roleGrant.updateMany({
      where: { id: grantId, status: "PENDING" },
      data: { status: "CONFIRMED", decidedById: actor.id, decidedAt: now },
    });
    if (updated.count === 0) throw new DomainError("roleGrantNotPending");
    await tx.user.update({
      where: { id: grant.userId },
      data: {
        role: grant.role,
        canReleasePayments: grant.role === "REVIEWER" && grant.canReleasePayments,
        ...(grant.newAccount ? { disabledAt: null } : {}),
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "user.confirm-role",
      targetType: "User",
      targetId: grant.userId,
      result: "success",
      details: { grantId, role: grant.role, canReleasePayments: grant.canReleasePayments, requestedById: grant.requestedById },
    });
  });
}
