import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { policyDraftSchema, policyParametersFromDraft, type PolicyDraftInput, type PolicyDraftValues } from "@/lib/schemas/policy-draft";
import { checkEffectiveDate } from "./effective-date-rule";
import { loadEffectiveDateFacts } from "./load-effective-date-facts";
import { diffPolicyParameters } from "./policy-parameters";
import { policyVersionView } from "./policy-version-view";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * An administrator saves a draft's names, first day and parameters (parsed by policyDraftSchema).
 * Only a draft is edited: a published version is corrected by a new version. The form names the
 * revision it was opened on, so two administrators editing at once cannot overwrite each other
 * unseen; each save raises the revision, which also voids a publish prepared on the old one.
 */
export async function savePolicyDraft(prisma: PrismaClient, actor: Administrator, values: PolicyDraftValues, now: Date = new Date()) {
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PolicyVersion" WHERE "id" = ${values.versionId} AND "cityId" = ${actor.cityId} FOR UPDATE`;
    const row = rows.length ? await tx.policyVersion.findUnique({ where: { id: values.versionId } }) : null;
    if (!row) throw new NotFoundError();
    if (row.status !== "DRAFT") throw new DomainError("policyNotDraft");
    if (row.revision !== values.revision) throw new DomainError("staleForm");
    const refusal = checkEffectiveDate(values.effectiveFrom, await loadEffectiveDateFacts(tx, actor.cityId, now));
    if (refusal) {
      const { code, ...params } = refusal;
      throw new DomainError(code, "effectiveFrom", params);
    }
    const before = policyVersionView(row);
    const parameters = policyParametersFromDraft(values);
    const saved = await tx.policyVersion.update({
      where: { id: row.id },
      data: {
        nameZh: values.nameZh,
        nameEn: values.nameEn,
        effectiveFrom: dbDateFromIsoDate(values.effectiveFrom),
        ...parameters,
        offshoreThresholdUsdCents: BigInt(parameters.offshoreThresholdUsdCents),
        revision: { increment: 1 },
        lastEditedById: actor.id,
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "policy.save-draft",
      targetType: "PolicyVersion",
      targetId: row.id,
      result: "success",
      details: {
        revision: saved.revision,
        changes: diffPolicyParameters(before, parameters),
        names: { before: [before.nameZh, before.nameEn], after: [values.nameZh, values.nameEn] },
        effectiveFrom: { before: before.effectiveFrom, after: values.effectiveFrom },
      },
    });
    return { id: saved.id, revision: saved.revision };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then saves. */
export async function savePolicyDraftFromInput(prisma: PrismaClient, actor: Administrator, input: PolicyDraftInput, now?: Date) {
  return savePolicyDraft(prisma, actor, policyDraftSchema.parse(input), now);
}
