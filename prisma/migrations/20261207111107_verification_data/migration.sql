-- CreateEnum
CREATE TYPE "FxReceiptSource" AS ENUM ('BUREAU', 'ENTERPRISE');

-- CreateTable
CREATE TABLE "StatisticsExecution" (
    "id" UUID NOT NULL,
    "cityId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "contractNo" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientCountry" TEXT NOT NULL,
    "executedMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatisticsExecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FxReceipt" (
    "id" UUID NOT NULL,
    "cityId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "payerName" TEXT NOT NULL,
    "payerCountry" TEXT NOT NULL,
    "bankReference" TEXT NOT NULL,
    "source" "FxReceiptSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FxReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsdRate" (
    "cityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "ratePerUsdMicro" BIGINT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsdRate_pkey" PRIMARY KEY ("cityId","year","currency")
);

-- CreateIndex
CREATE INDEX "StatisticsExecution_cityId_creditCode_contractNo_idx" ON "StatisticsExecution"("cityId", "creditCode", "contractNo");

-- CreateIndex
CREATE INDEX "FxReceipt_cityId_creditCode_receivedOn_idx" ON "FxReceipt"("cityId", "creditCode", "receivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "FxReceipt_cityId_source_bankReference_key" ON "FxReceipt"("cityId", "source", "bankReference");

-- AddForeignKey
ALTER TABLE "StatisticsExecution" ADD CONSTRAINT "StatisticsExecution_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FxReceipt" ADD CONSTRAINT "FxReceipt_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsdRate" ADD CONSTRAINT "UsdRate_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Amounts and rates the reconciliation divides and compares: never negative, a rate never zero,
-- a period that ends on or after it starts, currencies as three capital letters.
ALTER TABLE "StatisticsExecution" ADD CONSTRAINT "StatisticsExecution_values" CHECK ("executedMinor" >= 0 AND "periodEnd" >= "periodStart" AND "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "FxReceipt" ADD CONSTRAINT "FxReceipt_values" CHECK ("amountMinor" > 0 AND "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "UsdRate" ADD CONSTRAINT "UsdRate_values" CHECK ("ratePerUsdMicro" > 0 AND "currency" ~ '^[A-Z]{3}$' AND "currency" <> 'USD');
