-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('OFFSHORE_LINES', 'TRAINEE_COHORT');

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_offshoreClaimId_fkey";

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_organisationId_fkey";

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_personId_fkey";

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_reversesId_fkey";

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_trainingClaimId_fkey";

-- DropForeignKey
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_trainingLineId_fkey";

-- DropForeignKey
ALTER TABLE "ReviewDecision" DROP CONSTRAINT "ReviewDecision_offshoreClaimId_fkey";

-- DropForeignKey
ALTER TABLE "ReviewDecision" DROP CONSTRAINT "ReviewDecision_trainingClaimId_fkey";

-- CreateTable
CREATE TABLE "ClaimSubmission" (
    "id" UUID NOT NULL,
    "claimKind" "ClaimKind" NOT NULL,
    "offshoreClaimId" UUID,
    "trainingClaimId" UUID,
    "sequence" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "evaluation" JSONB NOT NULL,
    "submittedById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "report" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSubmission_offshoreClaimId_sequence_key" ON "ClaimSubmission"("offshoreClaimId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSubmission_trainingClaimId_sequence_key" ON "ClaimSubmission"("trainingClaimId", "sequence");

-- CreateIndex
CREATE INDEX "ImportBatch_organisationId_kind_fileSha256_idx" ON "ImportBatch"("organisationId", "kind", "fileSha256");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_prevHash_key" ON "AuditEntry"("prevHash");

-- CreateIndex
CREATE INDEX "LedgerEntry_personId_idx" ON "LedgerEntry"("personId");

-- CreateIndex
CREATE INDEX "LedgerEntry_offshoreClaimId_idx" ON "LedgerEntry"("offshoreClaimId");

-- CreateIndex
CREATE INDEX "LedgerEntry_trainingClaimId_idx" ON "LedgerEntry"("trainingClaimId");

-- CreateIndex
CREATE INDEX "LedgerEntry_trainingLineId_idx" ON "LedgerEntry"("trainingLineId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_decisionId_idx" ON "ReviewComment"("decisionId");

-- AddForeignKey
ALTER TABLE "ClaimSubmission" ADD CONSTRAINT "ClaimSubmission_offshoreClaimId_fkey" FOREIGN KEY ("offshoreClaimId") REFERENCES "OffshoreClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSubmission" ADD CONSTRAINT "ClaimSubmission_trainingClaimId_fkey" FOREIGN KEY ("trainingClaimId") REFERENCES "TrainingClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_offshoreClaimId_fkey" FOREIGN KEY ("offshoreClaimId") REFERENCES "OffshoreClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_trainingClaimId_fkey" FOREIGN KEY ("trainingClaimId") REFERENCES "TrainingClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_offshoreClaimId_fkey" FOREIGN KEY ("offshoreClaimId") REFERENCES "OffshoreClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_trainingClaimId_fkey" FOREIGN KEY ("trainingClaimId") REFERENCES "TrainingClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_trainingLineId_fkey" FOREIGN KEY ("trainingLineId") REFERENCES "TrainingClaimLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
