-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "reconciliationToleranceBasisPoints" INTEGER NOT NULL DEFAULT 100,
ADD COLUMN     "riskConfirmationBurstCount" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "riskConfirmationBurstMinutes" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "riskJustUnderFourEyesBasisPoints" INTEGER NOT NULL DEFAULT 500,
ADD COLUMN     "riskRoundAmountMinLines" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "riskRoundAmountShareBasisPoints" INTEGER NOT NULL DEFAULT 8000,
ADD COLUMN     "riskRoundUnitUsdCents" INTEGER NOT NULL DEFAULT 1000000,
ADD COLUMN     "riskSharedClientClaimants" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "ClaimRiskSignals" (
    "claimId" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "cityId" TEXT NOT NULL,
    "codes" TEXT[],
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRiskSignals_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "ClaimRiskSignals_cityId_kind_idx" ON "ClaimRiskSignals"("cityId", "kind");

-- AddForeignKey
ALTER TABLE "ClaimRiskSignals" ADD CONSTRAINT "ClaimRiskSignals_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security by city, as on every city-scoped table (20261207133151_row_level_security).
ALTER TABLE "ClaimRiskSignals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClaimRiskSignals" FORCE ROW LEVEL SECURITY;
CREATE POLICY "city_scope" ON "ClaimRiskSignals" USING ("portal_city_visible"("cityId")) WITH CHECK ("portal_city_visible"("cityId"));
