import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { saveOffshoreClaimDraft } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { idempotencyCutoff } from "@/lib/api-keys/purge-idempotent-requests";
import { ApiError } from "../api-error";
import type { KeyedAnswer, KeyedApiContext, KeyedOperation } from "../keyed-endpoint";
import { parseOrRefuse } from "../parse-or-refuse";
import { readJsonBody } from "../read-json-body";
import { offshoreDraftRequest } from "./claim-schemas";
import { getClaimOfKey } from "./claim-view";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,255}$/;

/** What an idempotency key was first used with: the method, the path and the body as JSON. */
function requestHashOf(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\n${JSON.stringify(body)}`).digest("hex");
}

/** The answer stored for the key, unless it is past its retention (then it is removed and the key is fresh). */
async function storedAnswer(db: Db, apiKeyId: string, idempotencyKey: string) {
  const stored = await db.apiIdempotentRequest.findUnique({ where: { apiKeyId_idempotencyKey: { apiKeyId, idempotencyKey } } });
  if (stored && stored.createdAt < idempotencyCutoff()) {
    // Only that row, and only while it is still the expired one (a fresh retry may have replaced it meanwhile).
    await db.apiIdempotentRequest.deleteMany({ where: { apiKeyId, idempotencyKey, createdAt: stored.createdAt } });
    return null;
  }
  return stored;
}

/** The stored answer again, or 409 when the key was first used for another request. The replay is a use too. */
async function replay(context: KeyedApiContext, stored: { requestHash: string; status: number; response: unknown }, requestHash: string): Promise<KeyedAnswer> {
  if (stored.requestHash !== requestHash) throw new ApiError("idempotency_conflict");
  await context.db.$transaction((tx) => context.recordUse(tx, { status: stored.status, replayed: true }));
  return { status: stored.status, body: stored.response };
}

/** A refusal of the draft operation in the API's shape: a field's as 422, not found as 404, the rest as 409. */
function asApiError(error: unknown): unknown {
  if (error instanceof NotFoundError) return new ApiError("not_found");
  if (error instanceof DomainError) {
    if (error.field) {
      return new ApiError("invalid_input", { fields: [{ field: error.field.replace(/\.(\d+)/g, "[$1]"), code: error.code, message: { namespace: "validation", key: error.code } }] });
    }
    return new ApiError("claim_conflict", { params: { reason: error.code } });
  }
  return error;
}

/**
 * POST offshore-claims: creates the enterprise's draft for a year, or updates it (claimId and
 * version), from contract lines, through the portal's own operation (saveOffshoreClaimDraft)
 * and the form's own checks. Requires an Idempotency-Key: the first success is stored with the
 * write, in its transaction, so a retry (on any instance) gets the same answer and writes nothing
 * more; the same key with another body is 409. Refusals are not stored: a corrected retry may reuse
 * the key. Submitting stays a person's step in the portal.
 */
export const saveOffshoreDraft: KeyedOperation = {
  scope: "claims:write",
  run: async (request, context) => {
    const { db, key, url } = context;
    // Training institutions file training claims, which the API does not write.
    if (key.organisationKind !== "ENTERPRISE") throw new ApiError("not_found");
    const idempotencyKey = request.headers.get("idempotency-key") ?? "";
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ApiError("idempotency_key_missing");
    const raw = await readJsonBody(request);
    const requestHash = requestHashOf(request.method, url.pathname, raw);
    const earlier = await storedAnswer(db, key.id, idempotencyKey);
    if (earlier) return replay(context, earlier, requestHash);
    const draft = parseOrRefuse(offshoreDraftRequest, raw);
    const actor = { id: key.createdById, role: "ENTERPRISE_MEMBER" as const, organisationId: key.organisationId, cityId: key.cityId };
    let answer: KeyedAnswer | undefined;
    try {
      await saveOffshoreClaimDraft(db, actor, draft, undefined, async (tx, claimId) => {
        const status = draft.claimId ? 200 : 201;
        const body = await getClaimOfKey(tx, key, claimId);
        await tx.apiIdempotentRequest.create({
          data: { apiKeyId: key.id, idempotencyKey, requestHash, status, response: body as unknown as Prisma.InputJsonValue },
        });
        await context.recordUse(tx, { status });
        answer = { status, body };
      });
    } catch (error) {
      // The same retry sent twice at once: the other request stored this key first, and this one
      // failed on it (the key's primary key) or on what it wrote (the claim year, the version).
      // Answer as the other did, or 409 if its body differed.
      const stored = await storedAnswer(db, key.id, idempotencyKey);
      if (stored) return replay(context, stored, requestHash);
      throw asApiError(error);
    }
    return answer!;
  },
};
