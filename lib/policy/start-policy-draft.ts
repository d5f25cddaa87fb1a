import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { NotFoundError } from "@/lib/errors/domain-error";
import { earliestEffectiveDate } from "./effective-date-rule";
import { loadEffectiveDateFacts } from "./load-effective-date-facts";
import { parametersOf } from "./policy-parameters";
import { policyVersionView } from "./policy-version-view";
import { inCityTransaction } from "@/lib/db/city-scope";

/**
 * An administrator starts a draft from any version (published or another draft): its parameters
 * and names are copied, and it takes effect on the first day a new version may. Nothing decides a
 * claim under it until a second administrator publishes it (publish-policy-version.ts).
 */
export async function startPolicyDraft(prisma: PrismaClient, actor: Administrator, basedOnId: string, now: Date = new Date()): Promise<string> {
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const base = await tx.policyVersion.findUnique({ where: { id: basedOnId, cityId: actor.cityId } });
    if (!base) throw new NotFoundError();
    const effectiveFrom = earliestEffectiveDate(await loadEffectiveDateFacts(tx, actor.cityId, now));
    const parameters = parametersOf(policyVersionView(base));
    const draft = await tx.policyVersion.create({
      data: {
        id: crypto.randomUUID(),
        status: "DRAFT",
        cityId: base.cityId,
        nameZh: base.nameZh,
        nameEn: base.nameEn,
        effectiveFrom: dbDateFromIsoDate(effectiveFrom),
        effectiveTo: null,
        ...parameters,
        offshoreThresholdUsdCents: BigInt(parameters.offshoreThresholdUsdCents),
        basedOnId: base.id,
        draftedById: actor.id,
        lastEditedById: actor.id,
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "policy.start-draft",
      targetType: "PolicyVersion",
      targetId: draft.id,
      result: "success",
      details: { basedOnId: base.id, effectiveFrom, parameters },
    });
    return draft.id;
  });
}
