import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { DomainError } from "@/lib/errors/domain-error";
import type { PasswordChangeData } from "@/lib/schemas/password-change";
import type { AccountHolder } from "@/lib/auth/actors";

/**
 * Changes the signed-in user's password and ends every other session of theirs at once (a
 * stolen session does not survive the owner changing the password); the current one stays.
 */
export async function changePassword(prisma: PrismaClient, actor: AccountHolder, data: PasswordChangeData) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new DomainError("currentPasswordWrong", "currentPassword");
  }
  const passwordHash = await hashPassword(data.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    const ended = await revokeUserSessions(tx, actor.id, actor.sessionId);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "user.change-password",
      targetType: "User",
      targetId: actor.id,
      result: "success",
      details: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  });
}
