-- CreateTable
CREATE TABLE "OffshoreClaimReconciliation" (
    "claimId" UUID NOT NULL,
    "cityId" TEXT NOT NULL,
    "dataAvailable" BOOLEAN NOT NULL,
    "linesWithIssues" INTEGER NOT NULL,
    "declaredUsdCents" BIGINT NOT NULL,
    "verifiedUsdCents" BIGINT NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OffshoreClaimReconciliation_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE INDEX "OffshoreClaimReconciliation_cityId_linesWithIssues_idx" ON "OffshoreClaimReconciliation"("cityId", "linesWithIssues");

-- AddForeignKey
ALTER TABLE "OffshoreClaimReconciliation" ADD CONSTRAINT "OffshoreClaimReconciliation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "OffshoreClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffshoreClaimReconciliation" ADD CONSTRAINT "OffshoreClaimReconciliation_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security by city, as on every city-scoped table (20261207133151_row_level_security).
ALTER TABLE "OffshoreClaimReconciliation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OffshoreClaimReconciliation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "city_scope" ON "OffshoreClaimReconciliation" USING ("portal_city_visible"("cityId")) WITH CHECK ("portal_city_visible"("cityId"));
