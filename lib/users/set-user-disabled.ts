import { userOfCityWhere } from "./user-of-city";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Administrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

/** An administrator disables (or re-enables) an account; disabling ends its sessions at once, on every instance. */
export async function setUserDisabled(prisma: PrismaClient, actor: Administrator, userId: string, disabled: boolean) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  if (actor.id === userId) throw new DomainError("cannotDisableSelf");
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    // A staff account created with a role grant is enabled by a second administrator's
    // confirmation (lib/users/confirm-role-grant.ts), never by this button.
    if (!disabled && (await tx.roleGrant.findFirst({ where: { userId, newAccount: true, status: { not: "CONFIRMED" } }, select: { id: true } }))) {
      throw new DomainError("roleGrantPending");
    }
    const updated = await tx.user.updateMany({ where: { id: userId, ...userOfCityWhere(actor.cityId) }, data: { disabledAt: disabled ? new Date() : null } });
    if (updated.count === 0) throw new NotFoundError();
    const ended = disabled ? await revokeUserSessions(tx, userId) : 0;
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: disabled ? "user.disable" : "user.enable",
      targetType: "User",
      targetId: userId,
      result: "success",
      details: { sessionsEnded: ended },
    });
    return { sessionsEnded: ended };
  });
}
