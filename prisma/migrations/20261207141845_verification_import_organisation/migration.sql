-- AlterTable
ALTER TABLE "VerificationImport" ADD COLUMN     "organisationId" UUID;

-- CreateIndex
CREATE INDEX "VerificationImport_organisationId_createdAt_idx" ON "VerificationImport"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "VerificationImport" ADD CONSTRAINT "VerificationImport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An enterprise's upload of its own receipts names the enterprise; the bureau's imports name none.
ALTER TABLE "VerificationImport" DROP CONSTRAINT "VerificationImport_counts";
ALTER TABLE "VerificationImport" ADD CONSTRAINT "VerificationImport_counts" CHECK ("rowCount" >= 0 AND "importedCount" >= 0 AND "rejectedCount" >= 0 AND "replacedCount" >= 0 AND "importedCount" + "rejectedCount" <= "rowCount" AND ("periodFrom" IS NULL) = ("periodTo" IS NULL) AND ("periodTo" IS NULL OR "periodTo" >= "periodFrom") AND "fileSha256" ~ '^[0-9a-f]{64}$' AND ("organisationId" IS NULL) = ("source" = 'BUREAU'));
