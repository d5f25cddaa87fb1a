import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { NotFoundError } from "@/lib/errors/domain-error";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { addTrainingClaimLinesSchema, type AddTrainingClaimLinesInput } from "@/lib/schemas/training-claim-bulk";
import type { OrganisationActor } from "@/lib/auth/actors";
import { lockEditableClaim, refreshClaimTotals } from "./editable";
import { evaluateTraineeFacts, TRAINEE_FACTS_INCLUDE } from "./evaluate-trainee-for-claim";
import { findDuplicateClaims } from "./find-duplicate-claim";

export interface LineRefusal {
  traineeId: string;
  name: string;
  /** An "errors" message key, as for a single add. */
  code: string;
  params: Record<string, string | number>;
}

/**
 * Adds many selected trainees to a draft claim in one transaction, each checked by the same rules
 * as adding one (addTrainingClaimLine): already in this claim, duplicate person across claims and
 * institutions (naming only the other claim's number), rule-B eligibility. All or nothing: when
 * any selected trainee is refused, nothing is added and every refusal is returned, so the user
 * deselects those and tries again. Facts and duplicates are loaded in bulk (a few queries), the
 * people are locked in one statement in a fixed order (the order submission locks them in).
 */
export async function addTrainingClaimLines(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof addTrainingClaimLinesSchema>) {
  const { claimId, version, traineeIds } = input;
  const ids = [...new Set(traineeIds)];
  return prisma.$transaction(
    async (tx) => {
      const claim = await lockEditableClaim(tx, actor.organisationId, claimId, version);
      const trainees = await tx.trainee.findMany({ where: { id: { in: ids }, institutionId: actor.organisationId }, include: TRAINEE_FACTS_INCLUDE });
      // Another institution's trainee (or an unknown id) looks exactly like a missing one.
      if (trainees.length !== ids.length) throw new NotFoundError();
      const personIds = [...new Set(trainees.map((t) => t.personId))].sort();
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(k)) FROM (SELECT ('person:' || p) AS k FROM unnest(${personIds}::text[]) AS p ORDER BY 1) AS locks`;
      const [inThisClaim, duplicates, policies] = await Promise.all([
        tx.trainingClaimLine.findMany({ where: { claimId, personId: { in: personIds } }, select: { personId: true } }),
        findDuplicateClaims(tx, personIds, actor, claimId),
        loadPolicyVersions(tx, actor.cityId),
      ]);
      const taken = new Set(inThisClaim.map((l) => l.personId));
      const refusals: LineRefusal[] = [];
      const lines: Prisma.TrainingClaimLineCreateManyInput[] = [];
      const seen = new Set<string>();
      for (const trainee of trainees) {
        const refuse = (code: string, params: Record<string, string | number> = {}) => refusals.push({ traineeId: trainee.id, name: trainee.name, code, params });
        if (taken.has(trainee.personId) || seen.has(trainee.personId)) {
          refuse("traineeAlreadyInClaim");
          continue;
        }
        seen.add(trainee.personId);
        const duplicate = duplicates.get(trainee.personId)!;
        if (duplicate.alreadyClaimed) {
          refuse("duplicatePersonInClaim");
          continue;
        }
        const outcome = evaluateTraineeFacts(trainee, duplicate.alreadySubsidised, policies);
        if (outcome.refusal) {
          refuse(outcome.refusal);
          continue;
        }
        const { result, trainingRecordId, contractId } = outcome.evaluation;
        if (!result.eligible) {
          refuse(duplicate.alreadySubsidised ? "personAlreadySubsidised" : "traineeNotEligible", {
            reasons: result.reasons.filter((r) => !r.passed).map((r) => r.messageKey).join("|"),
          });
          continue;
        }
        lines.push({
          claimId,
          traineeId: trainee.id,
          personId: trainee.personId,
          trainingRecordId,
          contractId,
          policyVersionId: result.policyVersionId,
          eligible: true,
          traineeFen: result.traineeFen,
          institutionFen: result.institutionFen,
          evaluation: result as unknown as Prisma.InputJsonValue,
        });
      }
      if (refusals.length > 0) return { added: 0, refusals };
      const created = await tx.trainingClaimLine.createManyAndReturn({ data: lines, select: { id: true, traineeFen: true, institutionFen: true } });
      const totals = await refreshClaimTotals(tx, claim.id, version);
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "training-claim.add-lines",
        targetType: "TrainingClaim",
        targetId: claimId,
        result: "success",
        details: { count: created.length, lines: created.map((l) => ({ lineId: l.id, traineeFen: l.traineeFen, institutionFen: l.institutionFen })), ...totals },
      });
      return { added: created.length, refusals };
    },
    // A cohort of a thousand is evaluated inside the transaction: more than the default 5 s on a busy machine.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs addTrainingClaimLines. */
export async function addTrainingClaimLinesFromInput(prisma: PrismaClient, actor: OrganisationActor, input: AddTrainingClaimLinesInput) {
  return addTrainingClaimLines(prisma, actor, addTrainingClaimLinesSchema.parse(input));
}
