import type { Prisma } from "@/lib/generated/prisma/client";
import type { OffshoreIncentiveResult } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import { evaluateOffshoreClaimForDecision } from "./offshore-granted-fen";
import { policyById, policyForClaimYear } from "@/lib/policy/load-policy-versions";
import { publishGrant } from "@/lib/notice/publish-grant";

/**
 * Rule A inside an approval's transaction: locks the enterprise's running total for the year,
 * re-evaluates the claim with what the ledger already holds for that year, writes the grant
 * (grantKey "A:<claimId>", unique) and adds it to the running total. The CHECK constraint on
 * EnterpriseYearGrant refuses any total above the cap, and the row lock serialises concurrent
 * approvals for one enterprise-year, so no timing can pay past the cap.
 */
export async function grantOffshoreClaim(
  tx: Prisma.TransactionClient,
  claimId: string,
  actorId: string,
  now: Date,
): Promise<{ amountFen: number; evaluation: OffshoreIncentiveResult; ledgerEntryId: string | null }> {
  const claim = await tx.offshoreClaim.findUniqueOrThrow({
    where: { id: claimId },
    include: { lines: { select: { executedUsdCents: true } }, organisation: { select: { nameZh: true } } },
  });
  const policy = (claim.policyVersionId ? await policyById(tx, claim.policyVersionId) : null) ?? (await policyForClaimYear(tx, claim.claimYear));

  await tx.$executeRaw`
    INSERT INTO "EnterpriseYearGrant" ("organisationId", "claimYear", "grantedFen", "capFen", "updatedAt")
    VALUES (${claim.organisationId}::uuid, ${claim.claimYear}, 0, ${policy.offshoreAnnualCapFen}, now())
    ON CONFLICT ("organisationId", "claimYear") DO NOTHING`;
  // The lock: a second approval for the same enterprise-year waits here until this one commits,
  // then reads the ledger as it stands after it.
  await tx.$queryRaw`
    SELECT "grantedFen" FROM "EnterpriseYearGrant"
    WHERE "organisationId" = ${claim.organisationId}::uuid AND "claimYear" = ${claim.claimYear}
    FOR UPDATE`;

  const { result: evaluation } = await evaluateOffshoreClaimForDecision(tx, claim.id);
  if (!evaluation.eligible || evaluation.amountFen <= 0) throw new DomainError("nothingToGrant");

  const entry = await tx.ledgerEntry.create({
    data: {
      rule: "A_OFFSHORE",
      claimYear: claim.claimYear,
      payeeKind: "ORGANISATION",
      organisationId: claim.organisationId,
      amountFen: evaluation.amountFen,
      offshoreClaimId: claim.id,
      grantKey: `A:${claim.id}`,
      createdById: actorId,
    },
  });
  await tx.$executeRaw`
    UPDATE "EnterpriseYearGrant"
    SET "grantedFen" = "grantedFen" + ${evaluation.amountFen}, "updatedAt" = now()
    WHERE "organisationId" = ${claim.organisationId}::uuid AND "claimYear" = ${claim.claimYear}`;
  await publishGrant(
    tx,
    { ledgerEntryId: entry.id, publicName: claim.organisation.nameZh, amountFen: evaluation.amountFen, noticePeriodWorkingDays: policy.noticePeriodWorkingDays },
    now,
  );
  return { amountFen: evaluation.amountFen, evaluation, ledgerEntryId: entry.id };
}
