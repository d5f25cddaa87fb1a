import type { OrganisationKind } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { bearerKeyOf, hashApiKey } from "./api-key-token";

/** The key a request was made with, as the keyed API acts on it: never the secret or its hash. */
export interface ApiKeyPrincipal {
  id: string;
  prefix: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  cityId: string;
  scopes: string[];
  createdById: string;
}

/**
 * The key of the request's `Authorization: Bearer` header, if it is known, not revoked, not
 * expired, its organisation is still vetted and its maker's account still enabled and a member;
 * null otherwise (the caller answers 401 without
 * saying which). Read on every request, so a revocation ends access at once on every instance.
 */
export async function authenticateApiKey(db: Db, authorization: string | null, now = new Date()): Promise<ApiKeyPrincipal | null> {
  const key = bearerKeyOf(authorization);
  if (!key) return null;
  const row = await db.apiKey.findUnique({
    where: { secretHash: hashApiKey(key) },
    select: {
      id: true,
      prefix: true,
      organisationId: true,
      cityId: true,
      scopes: true,
      createdById: true,
      revokedAt: true,
      expiresAt: true,
      organisation: { select: { kind: true, status: true } },
      createdBy: { select: { disabledAt: true, organisationId: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || row.organisation.status !== "ACTIVE") return null;
  // A key acts in its maker's name (drafts it writes are theirs): it stops with their account.
  if (row.createdBy.disabledAt || row.createdBy.organisationId !== row.organisationId) return null;
  return {
    id: row.id,
    prefix: row.prefix,
    organisationId: row.organisationId,
    organisationKind: row.organisation.kind,
    cityId: row.cityId,
    scopes: row.scopes,
    createdById: row.createdById,
  };
}
