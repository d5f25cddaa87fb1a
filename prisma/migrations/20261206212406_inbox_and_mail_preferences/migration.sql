-- AlterTable
ALTER TABLE "EmploymentContract" ADD COLUMN     "confirmationRemindedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "href" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mutedMailKinds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- The inbox is per person: notifications written before it were one row per organisation. Give
-- each active member its own copy (read state included), linking to the claim, then drop the
-- organisation-level rows.
INSERT INTO "Notification" ("id", "organisationId", "userId", "kind", "params", "href", "readAt", "createdAt")
SELECT gen_random_uuid(), n."organisationId", u."id", n."kind", n."params",
       COALESCE((SELECT '/enterprise/claims/' || o."id" FROM "OffshoreClaim" o WHERE o."claimNo" = n."params"->>'claimNo'),
                (SELECT '/institution/claims/' || t."id" FROM "TrainingClaim" t WHERE t."claimNo" = n."params"->>'claimNo')),
       n."readAt", n."createdAt"
FROM "Notification" n
JOIN "User" u ON u."organisationId" = n."organisationId" AND u."disabledAt" IS NULL
WHERE n."userId" IS NULL;

DELETE FROM "Notification" WHERE "userId" IS NULL;
