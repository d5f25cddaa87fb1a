import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import { DomainError, isUniqueViolation } from "@/lib/errors/domain-error";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/schemas/invitation";
import { invitationTokenHash } from "./invitation-token";

/**
 * Turns an invitation into an account: a member of the inviting organisation with the password
 * the invitee chose. Single use: the invitation is marked accepted by a conditional update in the
 * same transaction that creates the user, so two tabs accepting at once yield one account.
 */
export async function acceptInvitation(prisma: PrismaClient, data: z.output<typeof acceptInvitationSchema>, now = new Date()) {
  const tokenHash = invitationTokenHash(data.token);
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        include: { organisation: { select: { kind: true } } },
      });
      if (!invitation) throw new DomainError("invitationInvalid");
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) throw new DomainError(invitation.acceptedAt ? "invitationUsed" : "invitationExpired");
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: data.name,
          passwordHash,
          role: invitation.organisation.kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER",
          organisationId: invitation.organisationId,
        },
      });
      await appendAuditEntry(tx, {
        actorId: user.id,
        actorRole: user.role,
        action: "invitation.accept",
        targetType: "Invitation",
        targetId: invitation.id,
        result: "success",
        details: { organisationId: invitation.organisationId, invitedById: invitation.invitedById },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new DomainError("emailTaken");
    throw error;
  }
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs acceptInvitation. */
export async function acceptInvitationFromInput(prisma: PrismaClient, input: AcceptInvitationInput, now = new Date()) {
  return acceptInvitation(prisma, acceptInvitationSchema.parse(input), now);
}
