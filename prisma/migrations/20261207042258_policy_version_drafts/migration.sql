-- Policy versions become the bureau's own data (issue 17): drafts, a revision for the publish
-- check, who drafted and who published.

-- CreateEnum
CREATE TYPE "PolicyVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- Every version that exists today decided claims or could: it is published. The default is only
-- for this backfill; the application always names the status.
ALTER TABLE "PolicyVersion" ADD COLUMN     "basedOnId" TEXT,
ADD COLUMN     "draftedById" UUID,
ADD COLUMN     "lastEditedById" UUID,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" UUID,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "status" "PolicyVersionStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "PolicyVersion" ALTER COLUMN "status" DROP DEFAULT;

-- A draft has a drafter; a published version made in the portal has a publisher who is not its drafter.
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_draft_has_drafter" CHECK ("status" <> 'DRAFT' OR "draftedById" IS NOT NULL);
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_four_eyes_publish" CHECK ("publishedById" IS NULL OR "draftedById" IS NULL OR ("publishedById" <> "draftedById" AND "publishedById" IS DISTINCT FROM "lastEditedById"));
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_revision_positive" CHECK ("revision" >= 1);
