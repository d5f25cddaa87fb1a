import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import { maskPersonName } from "@/lib/notice/working-days";
import { publishGrant } from "@/lib/notice/publish-grant";
import {
  evaluateTrainingClaimLines,
  institutionGrantKey,
  traineeGrantKey,
  trainingLinesTotalFen,
  type TrainingLineEvaluation,
} from "./evaluate-training-claim-lines";

/**
 * Rule B inside an approval's transaction: every qualifying line gets two grants, to the trainee
 * (grantKey "B_TRAINEE:<personId>") and to the institution ("B_INSTITUTION:<personId>"). The
 * grant keys are unique, so the database itself refuses paying a person twice; the person-row
 * lock makes a concurrent approval see this one's grant and leave the line unpaid instead.
 */
export async function grantTrainingClaim(
  tx: Prisma.TransactionClient,
  claimId: string,
  actorId: string,
  now: Date,
): Promise<{ amountFen: number; lines: TrainingLineEvaluation[] }> {
  const claim = await tx.trainingClaim.findUniqueOrThrow({ where: { id: claimId }, include: { institution: { select: { nameZh: true } } } });
  const lines = await evaluateTrainingClaimLines(tx, claimId, { lock: true });
  if (lines.some((l) => l.confirmationMissing)) throw new DomainError("employerNotConfirmed");
  const amountFen = trainingLinesTotalFen(lines);
  if (amountFen <= 0) throw new DomainError("nothingToGrant");

  for (const line of lines) {
    await tx.trainingClaimLine.update({ where: { id: line.lineId }, data: { decision: line.result.eligible ? "APPROVED" : "REJECTED" } });
    if (!line.result.eligible) continue;
    const common = {
      claimYear: claim.claimYear,
      personId: line.personId,
      trainingClaimId: claim.id,
      trainingLineId: line.lineId,
      createdById: actorId,
    };
    const traineeEntry = await tx.ledgerEntry.create({
      data: { ...common, rule: "B_TRAINEE", payeeKind: "TRAINEE", amountFen: line.result.traineeFen, grantKey: traineeGrantKey(line.personId) },
    });
    const institutionEntry = await tx.ledgerEntry.create({
      data: {
        ...common,
        rule: "B_INSTITUTION",
        payeeKind: "ORGANISATION",
        organisationId: claim.institutionId,
        amountFen: line.result.institutionFen,
        grantKey: institutionGrantKey(line.personId),
      },
    });
    const days = line.policy.noticePeriodWorkingDays;
    await publishGrant(tx, { ledgerEntryId: traineeEntry.id, publicName: maskPersonName(line.traineeName), amountFen: line.result.traineeFen, noticePeriodWorkingDays: days }, now);
    await publishGrant(tx, { ledgerEntryId: institutionEntry.id, publicName: claim.institution.nameZh, amountFen: line.result.institutionFen, noticePeriodWorkingDays: days }, now);
  }
  return { amountFen, lines };
}
