import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { checkEffectiveDate, dayBefore } from "./effective-date-rule";
import { clearPolicyVersionCache } from "./load-policy-versions";
import { loadEffectiveDateFacts } from "./load-effective-date-facts";
import { diffPolicyParameters, parametersOf } from "./policy-parameters";
import { policyVersionView } from "./policy-version-view";
import { inCityTransaction } from "@/lib/db/city-scope";

// Any constant: the advisory lock that serialises publishes, so two drafts published at once are
// checked one after the other against the versions the first one left (the second is refused when
// its first day no longer comes after the last published version's).
const POLICY_PUBLISH_LOCK = 7_356_023;

/**
 * A second administrator publishes a draft: not the one who drafted it nor the last to edit it
 * (four eyes), and only the revision they reviewed. The versions whose range reaches the draft's
 * first day end the day before; the draft becomes published and is never edited again. Claims
 * already decided keep their version (the first day comes after every decided claim's policy date);
 * nothing is recomputed. Audited with the full parameter diff against the version it follows.
 */
export async function publishPolicyVersion(
  prisma: PrismaClient,
  actor: Administrator,
  input: { versionId: string; revision: number },
  now: Date = new Date(),
) {
  const published = await inCityTransaction(prisma, actor.cityId, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${POLICY_PUBLISH_LOCK}::int8)`;
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PolicyVersion" WHERE "id" = ${input.versionId} AND "cityId" = ${actor.cityId} FOR UPDATE`;
    const row = rows.length ? await tx.policyVersion.findUnique({ where: { id: input.versionId } }) : null;
    if (!row) throw new NotFoundError();
    if (row.status !== "DRAFT") throw new DomainError("policyNotDraft");
    if (row.revision !== input.revision) throw new DomainError("policyDraftChanged");
    if (actor.id === row.draftedById || actor.id === row.lastEditedById) throw new DomainError("policyPublisherIsAuthor");
    const draft = policyVersionView(row);
    if (checkEffectiveDate(draft.effectiveFrom, await loadEffectiveDateFacts(tx, actor.cityId, now))) throw new DomainError("policyEffectiveDateNoLongerAllowed");

    const reaching = await tx.policyVersion.findMany({
      // Only this city's versions: another city's ranges are its own bureau's.
      where: { cityId: actor.cityId, status: "PUBLISHED", OR: [{ effectiveTo: null }, { effectiveTo: { gte: dbDateFromIsoDate(draft.effectiveFrom) } }] },
      orderBy: { effectiveFrom: "asc" },
    });
    const lastDay = dayBefore(draft.effectiveFrom);
    const closed = reaching.map((v) => ({ id: v.id, effectiveToBefore: policyVersionView(v).effectiveTo, effectiveToAfter: lastDay }));
    if (reaching.length > 0) {
      await tx.policyVersion.updateMany({ where: { id: { in: reaching.map((v) => v.id) } }, data: { effectiveTo: dbDateFromIsoDate(lastDay) } });
    }
    // The version this one follows: in force on its eve (the last of those whose range reached it).
    const previous = reaching.length > 0 ? policyVersionView(reaching.at(-1)!) : null;
    await tx.policyVersion.update({ where: { id: row.id }, data: { status: "PUBLISHED", publishedById: actor.id, publishedAt: now, effectiveTo: null } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "policy.publish",
      targetType: "PolicyVersion",
      targetId: row.id,
      result: "success",
      details: {
        revision: row.revision,
        effectiveFrom: draft.effectiveFrom,
        draftedById: row.draftedById,
        previousId: previous?.id ?? null,
        changes: previous ? diffPolicyParameters(previous, draft) : [],
        parameters: parametersOf(draft),
        closed,
      },
    });
    return { id: row.id, effectiveFrom: draft.effectiveFrom, closed };
  });
  // This instance reads the new version at once; the others within the cache's lifetime (a version
  // takes effect tomorrow at the soonest).
  clearPolicyVersionCache();
  return published;
}
