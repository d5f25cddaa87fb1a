-- CreateEnum
CREATE TYPE "BankAccountChangeStatus" AS ENUM ('PENDING', 'CONFIRMED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "BankAccountChange" (
    "id" UUID NOT NULL,
    "organisationId" UUID,
    "traineeId" UUID,
    "status" "BankAccountChangeStatus" NOT NULL DEFAULT 'PENDING',
    "oldBankName" TEXT,
    "oldAccountLast4" TEXT,
    "newBankName" TEXT,
    "newAccountLast4" TEXT NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "BankAccountChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BankAccountChange_organisationId_status_idx" ON "BankAccountChange"("organisationId", "status");

-- CreateIndex
CREATE INDEX "BankAccountChange_traineeId_status_idx" ON "BankAccountChange"("traineeId", "status");

-- CreateIndex
CREATE INDEX "BankAccountChange_status_requestedAt_idx" ON "BankAccountChange"("status", "requestedAt");

-- AddForeignKey
ALTER TABLE "BankAccountChange" ADD CONSTRAINT "BankAccountChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankAccountChange" ADD CONSTRAINT "BankAccountChange_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a change belongs to exactly one payee, an organisation or a trainee.
ALTER TABLE "BankAccountChange" ADD CONSTRAINT "BankAccountChange_one_payee" CHECK (("organisationId" IS NULL) <> ("traineeId" IS NULL));
