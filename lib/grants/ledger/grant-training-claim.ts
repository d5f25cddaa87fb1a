import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPersonName } from "@/lib/grants/public-notice/mask-person-name";
import { publishGrants } from "@/lib/grants/public-notice/publish-grant";
import { institutionGrantKey, traineeGrantKey, type TrainingLineEvaluation } from "./evaluate-training-claim-lines";

/**
 * Rule B's grants inside an approval's transaction, from the lines as evaluated (under the
 * persons' locks) by the approval: every qualifying line gets two grants, to the trainee
 * (grantKey "B_TRAINEE:<personId>", per city: evaluate-training-claim-lines.ts) and to the
 * institution ("B_INSTITUTION:<personId>"), each on
 * the notice; every line gets its decision. The grant keys are unique, so the database itself
 * refuses paying a person twice; the person-row lock makes a concurrent approval see this one's
 * grant and leave the line unpaid instead. A few statements whatever the number of lines.
 */
export async function grantTrainingClaim(
  tx: Prisma.TransactionClient,
  claim: { id: string; cityId: string; organisationId: string; claimYear: number },
  lines: TrainingLineEvaluation[],
  institutionName: string,
  actorId: string,
  now: Date,
): Promise<void> {
  const granted = lines.filter((l) => l.result.eligible);
  const refused = lines.filter((l) => !l.result.eligible);
  if (granted.length > 0) await tx.trainingClaimLine.updateMany({ where: { id: { in: granted.map((l) => l.lineId) } }, data: { decision: "APPROVED" } });
  if (refused.length > 0) await tx.trainingClaimLine.updateMany({ where: { id: { in: refused.map((l) => l.lineId) } }, data: { decision: "REJECTED" } });
  if (granted.length === 0) return;

  const common = (line: TrainingLineEvaluation) => ({
    claimYear: claim.claimYear,
    personId: line.personId,
    trainingClaimId: claim.id,
    trainingLineId: line.lineId,
    createdById: actorId,
  });
  const entries = await tx.ledgerEntry.createManyAndReturn({
    data: granted.flatMap((line) => [
      { ...common(line), rule: "B_TRAINEE" as const, payeeKind: "TRAINEE" as const, amountFen: line.result.traineeFen, grantKey: traineeGrantKey(claim.cityId, line.personId) },
      {
        ...common(line),
        rule: "B_INSTITUTION" as const,
        payeeKind: "ORGANISATION" as const,
        organisationId: claim.organisationId,
        amountFen: line.result.institutionFen,
        grantKey: institutionGrantKey(claim.cityId, line.personId),
      },
    ]),
    select: { id: true, grantKey: true },
  });
  const entryId = new Map(entries.map((e) => [e.grantKey, e.id]));
  await publishGrants(
    tx,
    granted.flatMap((line) => {
      const days = line.policy.noticePeriodWorkingDays;
      return [
        { cityId: claim.cityId, ledgerEntryId: entryId.get(traineeGrantKey(claim.cityId, line.personId))!, publicName: maskPersonName(line.traineeName), amountFen: line.result.traineeFen, noticePeriodWorkingDays: days },
        { cityId: claim.cityId, ledgerEntryId: entryId.get(institutionGrantKey(claim.cityId, line.personId))!, publicName: institutionName, amountFen: line.result.institutionFen, noticePeriodWorkingDays: days },
      ];
    }),
    now,
  );
}
