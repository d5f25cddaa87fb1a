-- Performance (issue 8): indexes for the review queue's default sort and the dashboards' year/status counts;
-- the audit log becomes striped hash chains. Existing entries become stripe 0 (the column default),
-- whose chain they already form from the genesis hash, so the log stays valid; prevHash is now
-- unique per stripe instead of globally.
-- DropIndex
DROP INDEX "AuditEntry_prevHash_key";

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "chain" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "AuditEntry_chain_seq_idx" ON "AuditEntry"("chain", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_chain_prevHash_key" ON "AuditEntry"("chain", "prevHash");

-- CreateIndex
CREATE INDEX "OffshoreClaim_submittedAt_id_idx" ON "OffshoreClaim"("submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "OffshoreClaim_claimYear_status_idx" ON "OffshoreClaim"("claimYear", "status");

-- CreateIndex
CREATE INDEX "TrainingClaim_submittedAt_id_idx" ON "TrainingClaim"("submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "TrainingClaim_claimYear_status_idx" ON "TrainingClaim"("claimYear", "status");
