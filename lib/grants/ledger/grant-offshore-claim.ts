import type { Prisma } from "@/lib/generated/prisma/client";
import { publishGrant } from "@/lib/grants/public-notice/publish-grant";

/**
 * The lock that serialises rule-A grants for one enterprise-year: its running-total row, created
 * on first use. An approval takes it before it evaluates, so a second approval for the same
 * enterprise-year waits here until the first commits and then reads the ledger as it stands
 * after it. One statement: the upsert's DO UPDATE locks the row whether it was just inserted or
 * already there. The ledger must be read in a later statement (its snapshot is taken after the
 * wait), never in this one.
 */
export async function lockEnterpriseYear(tx: Prisma.TransactionClient, organisationId: string, claimYear: number, capFen: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "EnterpriseYearGrant" ("organisationId", "claimYear", "grantedFen", "capFen", "updatedAt")
    VALUES (${organisationId}::uuid, ${claimYear}, 0, ${capFen}, now())
    ON CONFLICT ("organisationId", "claimYear") DO UPDATE SET "grantedFen" = "EnterpriseYearGrant"."grantedFen"`;
}

/**
 * Rule A's grant inside an approval's transaction, after lockEnterpriseYear and the evaluation
 * under it: writes the grant (grantKey "A:<claimId>", unique), adds it to the running total and
 * puts it on the notice. The CHECK constraint on EnterpriseYearGrant refuses any total above the
 * cap, and the row lock serialises concurrent approvals for one enterprise-year, so no timing
 * can pay past the cap.
 */
export async function grantOffshoreClaim(
  tx: Prisma.TransactionClient,
  claim: { id: string; cityId: string; organisationId: string; claimYear: number },
  grant: { amountFen: number; publicName: string; noticePeriodWorkingDays: number },
  actorId: string,
  now: Date,
): Promise<{ ledgerEntryId: string }> {
  const entry = await tx.ledgerEntry.create({
    data: {
      rule: "A_OFFSHORE",
      claimYear: claim.claimYear,
      payeeKind: "ORGANISATION",
      organisationId: claim.organisationId,
      amountFen: grant.amountFen,
      offshoreClaimId: claim.id,
      grantKey: `A:${claim.id}`,
      createdById: actorId,
    },
    select: { id: true },
  });
  await tx.$executeRaw`
    UPDATE "EnterpriseYearGrant"
    SET "grantedFen" = "grantedFen" + ${grant.amountFen}, "updatedAt" = now()
    WHERE "organisationId" = ${claim.organisationId}::uuid AND "claimYear" = ${claim.claimYear}`;
  await publishGrant(tx, { cityId: claim.cityId, ledgerEntryId: entry.id, publicName: grant.publicName, amountFen: grant.amountFen, noticePeriodWorkingDays: grant.noticePeriodWorkingDays }, now);
  return { ledgerEntryId: entry.id };
}
