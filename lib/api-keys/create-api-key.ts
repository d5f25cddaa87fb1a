import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { OrganisationActor } from "@/lib/auth/actors";
import { cityOfOrganisation } from "@/lib/cities/find-city";
import { assertOrganisationActive } from "@/lib/organisations/assert-organisation-active";
import type { CreateApiKey } from "@/lib/schemas/api-key";
import { apiKeyExpiresAt } from "./api-key-expiry";
import { generateApiKeyToken } from "./api-key-token";

/**
 * Makes a key for the member's organisation (which must be vetted: an unvetted one cannot file
 * through the portal either). Returns the key itself this once; only its hash is stored, so it
 * cannot be shown again. The key and its audit entry commit together.
 */
export async function createApiKey(prisma: PrismaClient, actor: OrganisationActor, input: CreateApiKey, ipAddress?: string) {
  const token = generateApiKeyToken();
  const scopes = [...new Set(input.scopes)].sort();
  const created = await prisma.$transaction(async (tx) => {
    await assertOrganisationActive(tx, actor.organisationId);
    const apiKey = await tx.apiKey.create({
      data: {
        organisationId: actor.organisationId,
        cityId: await cityOfOrganisation(tx, actor.organisationId),
        name: input.name,
        scopes,
        prefix: token.prefix,
        secretHash: token.secretHash,
        createdById: actor.id,
        expiresAt: apiKeyExpiresAt(input.expiresOn),
      },
      select: { id: true, prefix: true, expiresAt: true },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "api-key.create",
      targetType: "ApiKey",
      targetId: apiKey.id,
      result: "success",
      details: { prefix: apiKey.prefix, name: input.name, scopes, expiresAt: apiKey.expiresAt.toISOString() },
      ipAddress,
    });
    return apiKey;
  });
  return { id: created.id, prefix: created.prefix, key: token.key };
}
