-- CreateEnum
CREATE TYPE "VerificationImportKind" AS ENUM ('STATISTICS', 'FX_RECEIPTS');

-- AlterTable
ALTER TABLE "FxReceipt" ADD COLUMN     "importId" UUID;

-- AlterTable
ALTER TABLE "StatisticsExecution" ADD COLUMN     "contractMinor" BIGINT,
ADD COLUMN     "importId" UUID,
ADD COLUMN     "serviceCategory" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "VerificationImport" (
    "id" UUID NOT NULL,
    "cityId" TEXT NOT NULL,
    "kind" "VerificationImportKind" NOT NULL,
    "source" "FxReceiptSource" NOT NULL DEFAULT 'BUREAU',
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "replacedCount" INTEGER NOT NULL,
    "periodFrom" DATE,
    "periodTo" DATE,
    "report" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportColumnMapping" (
    "cityId" TEXT NOT NULL,
    "kind" "VerificationImportKind" NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportColumnMapping_pkey" PRIMARY KEY ("cityId","kind")
);

-- CreateIndex
CREATE INDEX "VerificationImport_cityId_kind_fileSha256_idx" ON "VerificationImport"("cityId", "kind", "fileSha256");

-- CreateIndex
CREATE INDEX "VerificationImport_cityId_createdAt_idx" ON "VerificationImport"("cityId", "createdAt");

-- AddForeignKey
ALTER TABLE "StatisticsExecution" ADD CONSTRAINT "StatisticsExecution_importId_fkey" FOREIGN KEY ("importId") REFERENCES "VerificationImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FxReceipt" ADD CONSTRAINT "FxReceipt_importId_fkey" FOREIGN KEY ("importId") REFERENCES "VerificationImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationImport" ADD CONSTRAINT "VerificationImport_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationImport" ADD CONSTRAINT "VerificationImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportColumnMapping" ADD CONSTRAINT "ImportColumnMapping_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Counts add up and never go negative; a period ends on or after it starts; a contract amount
-- is never negative; a file hash is a SHA-256 in hex.
ALTER TABLE "VerificationImport" ADD CONSTRAINT "VerificationImport_counts" CHECK ("rowCount" >= 0 AND "importedCount" >= 0 AND "rejectedCount" >= 0 AND "replacedCount" >= 0 AND "importedCount" + "rejectedCount" <= "rowCount" AND ("periodFrom" IS NULL) = ("periodTo" IS NULL) AND ("periodTo" IS NULL OR "periodTo" >= "periodFrom") AND "fileSha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "StatisticsExecution" ADD CONSTRAINT "StatisticsExecution_contract_amount" CHECK ("contractMinor" IS NULL OR "contractMinor" >= 0);
