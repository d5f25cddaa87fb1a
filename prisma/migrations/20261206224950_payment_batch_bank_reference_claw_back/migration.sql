-- Marking a payment batch paid records the bank's reference and value date (a calendar day, China
-- Standard Time); a claw-back moves the claim to CLAWED_BACK (appended: the new value is not
-- used in this transaction, as PostgreSQL requires).
-- AlterEnum
ALTER TYPE "ClaimStatus" ADD VALUE 'CLAWED_BACK';

-- AlterTable
ALTER TABLE "PaymentBatch" ADD COLUMN     "bankReference" TEXT,
ADD COLUMN     "valueDate" DATE;
