-- AlterTable
ALTER TABLE "TrainingClaim" ADD COLUMN     "grantedFen" INTEGER;

-- Training claims granted before this column existed: the approval wrote their grants to the
-- ledger (one trainee and one institution grant per qualifying line, each with a grant key);
-- their sum is what was granted. Reversals are corrections after the decision and, as for
-- OffshoreClaim.grantedFen, do not change it.
UPDATE "TrainingClaim" c
SET "grantedFen" = g."total"
FROM (
  SELECT "trainingClaimId", SUM("amountFen")::integer AS "total"
  FROM "LedgerEntry"
  WHERE "trainingClaimId" IS NOT NULL AND "grantKey" IS NOT NULL
  GROUP BY "trainingClaimId"
) g
WHERE g."trainingClaimId" = c."id" AND c."status" IN ('APPROVED', 'IN_NOTICE', 'PAYABLE', 'PAID');
