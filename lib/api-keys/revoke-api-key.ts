import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { OrganisationActor } from "@/lib/auth/actors";
import { NotFoundError } from "@/lib/errors/domain-error";

/**
 * Revokes one of the organisation's keys: the next request with it is refused (the check reads
 * revokedAt on every request, on every instance). Another organisation's key is not found.
 * Revoking a revoked key changes nothing and writes nothing.
 */
export async function revokeApiKey(prisma: PrismaClient, actor: OrganisationActor, apiKeyId: string, ipAddress?: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({
      where: { id: apiKeyId, organisationId: actor.organisationId, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: actor.id },
    });
    if (revoked.count === 0) {
      const exists = await tx.apiKey.findFirst({ where: { id: apiKeyId, organisationId: actor.organisationId }, select: { id: true } });
      if (!exists) throw new NotFoundError();
      return;
    }
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "api-key.revoke",
      targetType: "ApiKey",
      targetId: apiKeyId,
      result: "success",
      ipAddress,
    });
  });
}
