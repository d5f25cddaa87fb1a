import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { decryptPii } from "@/lib/crypto/pii";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * The full resident ID number, for the one screen where the institution checks it. Each view is
 * written to the audit log in the same transaction that reads it: no audit entry, no number.
 */
export async function viewTraineeIdentity(prisma: PrismaClient, actor: OrganisationActor, traineeId: string, ipAddress?: string) {
  if (!/^[0-9a-f-]{36}$/i.test(traineeId)) throw new NotFoundError();
  return prisma.$transaction(async (tx) => {
    const trainee = await tx.trainee.findFirst({
      where: { id: traineeId, institutionId: actor.organisationId },
      select: { id: true, name: true, person: { select: { idNumberEnc: true, idNumberMasked: true } } },
    });
    if (!trainee) throw new NotFoundError();
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "trainee.view-identity",
      targetType: "Trainee",
      targetId: trainee.id,
      result: "success",
      ipAddress: ipAddress ?? null,
    });
    return { id: trainee.id, name: trainee.name, idNumber: decryptPii(trainee.person.idNumberEnc), masked: trainee.person.idNumberMasked };
  });
}
