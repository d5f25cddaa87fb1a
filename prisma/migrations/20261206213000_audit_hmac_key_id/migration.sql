-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "hashKeyId" TEXT;
