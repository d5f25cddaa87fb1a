import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { paymentRoleRequestSchema, type PaymentRoleRequestInput } from "@/lib/schemas/role-grant";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * An administrator asks for the payment right (building and settling payment batches) for an
 * existing reviewer. Like every bureau role, it is in force only once a second administrator has
 * confirmed it (lib/users/confirm-role-grant.ts). Taking the right away needs no second person.
 */
export async function requestPaymentRole(prisma: PrismaClient, actor: Administrator, input: PaymentRoleRequestInput) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { userId } = paymentRoleRequestSchema.parse(input);
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    // Row lock: two administrators asking at once make one grant, not two.
    const [user] = await tx.$queryRaw<Array<{ role: string; canReleasePayments: boolean }>>`
      SELECT "role", "canReleasePayments" FROM "User" WHERE "id" = ${userId}::uuid AND "cityId" = ${actor.cityId} FOR UPDATE`;
    if (!user) throw new NotFoundError();
    if (user.role !== "REVIEWER" || user.canReleasePayments) throw new DomainError("paymentRoleNotApplicable");
    if (await tx.roleGrant.findFirst({ where: { userId, status: "PENDING" }, select: { id: true } })) throw new DomainError("roleGrantPending");
    const grant = await tx.roleGrant.create({ data: { userId, role: "REVIEWER", canReleasePayments: true, requestedById: actor.id } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "user.request-role",
      targetType: "User",
      targetId: userId,
      result: "success",
      details: { grantId: grant.id, role: grant.role, canReleasePayments: true },
    });
    return grant;
  });
}
