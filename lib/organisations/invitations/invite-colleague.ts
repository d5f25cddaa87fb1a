import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError } from "@/lib/errors/domain-error";
import { inviteColleagueSchema, type InviteColleagueInput } from "@/lib/schemas/invitation";
import { INVITATION_TTL_MS, invitationTokenHash, newInvitationToken } from "./invitation-token";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Invites a colleague by e-mail into the actor's organisation. Returns the token once, for the
 * link; only its SHA-256 is stored. An address that already has an account is refused.
 */
export async function inviteColleague(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof inviteColleagueSchema>, now = new Date()) {
  const { email } = input;
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new DomainError("emailTaken", "email");
  const token = newInvitationToken();
  const invitation = await prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organisationId: actor.organisationId,
        email,
        tokenHash: invitationTokenHash(token),
        invitedById: actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      include: { organisation: { select: { nameZh: true } } },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "invitation.create",
      targetType: "Invitation",
      targetId: created.id,
      result: "success",
      details: { organisationId: actor.organisationId },
    });
    return created;
  });
  return { invitation, token };
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs inviteColleague. */
export async function inviteColleagueFromInput(prisma: PrismaClient, actor: OrganisationActor, input: InviteColleagueInput, now = new Date()) {
  return inviteColleague(prisma, actor, inviteColleagueSchema.parse(input), now);
}
