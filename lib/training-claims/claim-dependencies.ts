import type { OrganisationScope } from "@/lib/auth/actors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { DomainError } from "@/lib/errors/domain-error";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { lockPerson, refreshClaimTotals } from "./editable";
import { evaluateTraineeForClaim } from "./evaluate-trainee-for-claim";
import { findDuplicateClaim } from "./find-duplicate-claim";

// A line in an unlocked claim (lib/claim-lifecycle: draft, withdrawn, rejected) no longer holds
// the trainee's facts: a draft is re-evaluated on every change (below), a withdrawn or rejected
// claim's submissions keep the snapshot a reviewer saw. In every other status (submitted, in
// review, changes requested, approved, in notice, payable, paid) a reviewer has seen or decided
// on the facts, so they are frozen. Under CHANGES_REQUESTED the institution removes the trainee's
// line, corrects the facts and adds the trainee again: the change is then visible in the next
// submission's diff.

/**
 * Takes the person's lock (the one adding a line and submitting take, so a claim cannot be
 * submitted between this check and the edit's commit) and refuses when a claim in a frozen status
 * holds a line of this trainee. Names that claim's number: it is the institution's own claim.
 */
export async function assertTraineeFactsEditable(tx: Prisma.TransactionClient, trainee: { id: string; personId: string }) {
  await lockPerson(tx, trainee.personId);
  const frozen = await tx.trainingClaimLine.findFirst({
    where: { traineeId: trainee.id, claim: { status: { notIn: UNLOCKED_STATUSES } } },
    orderBy: { createdAt: "asc" },
    select: { claim: { select: { claimNo: true } } },
  });
  if (frozen) throw new DomainError("factsInClaim", undefined, { claimNo: frozen.claim.claimNo });
}

/** A record or contract a claim line points at (whatever the claim's status) cannot be deleted: the line would lose its facts. */
export async function assertNotUsedByClaimLine(tx: Prisma.TransactionClient, where: Prisma.TrainingClaimLineWhereInput) {
  const line = await tx.trainingClaimLine.findFirst({ where, orderBy: { createdAt: "asc" }, select: { claim: { select: { claimNo: true } } } });
  if (line) throw new DomainError("usedInClaim", undefined, { claimNo: line.claim.claimNo });
}

/**
 * Decision on DRAFT claims: a line in a draft holds amounts computed from the facts as they were
 * when it was added, so after an edit every draft line of the trainee is evaluated again in the
 * same transaction, by the same rules as adding it (duplicate check, first eligible pair). If the
 * trainee still qualifies the line takes the new pair, amounts and explanation, and the claim's
 * totals and version move (an open claim page becomes stale and reloads). If the edit would make
 * the trainee fail, the edit is refused naming the draft, rather than silently dropping the line
 * from a claim the user is assembling: the user removes the trainee from the draft first.
 */
export async function reevaluateDraftLines(tx: Prisma.TransactionClient, institution: OrganisationScope, traineeId: string) {
  const institutionId = institution.organisationId;
  const lines = await tx.trainingClaimLine.findMany({
    where: { traineeId, claim: { status: "DRAFT", institutionId } },
    select: { id: true, personId: true, claimId: true, claim: { select: { claimNo: true, version: true } } },
  });
  if (lines.length === 0) return [];
  const policies = await loadPolicyVersions(tx, institution.cityId);
  const changed: Array<{ claimId: string; traineeFen: number; institutionFen: number }> = [];
  for (const line of lines) {
    const refuse = () => new DomainError("editBreaksDraftClaim", undefined, { claimNo: line.claim.claimNo });
    const duplicate = await findDuplicateClaim(tx, line.personId, institution, line.claimId);
    const evaluation = await evaluateTraineeForClaim(tx, institution, traineeId, duplicate.alreadySubsidised, policies).catch((error: unknown) => {
      if (error instanceof DomainError) throw refuse();
      throw error;
    });
    if (!evaluation.result.eligible) throw refuse();
    await tx.trainingClaimLine.update({
      where: { id: line.id },
      data: {
        trainingRecordId: evaluation.trainingRecordId,
        contractId: evaluation.contractId,
        policyVersionId: evaluation.result.policyVersionId,
        traineeFen: evaluation.result.traineeFen,
        institutionFen: evaluation.result.institutionFen,
        evaluation: evaluation.result as unknown as Prisma.InputJsonValue,
      },
    });
    await refreshClaimTotals(tx, line.claimId, line.claim.version);
    changed.push({ claimId: line.claimId, traineeFen: evaluation.result.traineeFen, institutionFen: evaluation.result.institutionFen });
  }
  return changed;
}
