-- Several cities on one deployment (issue 22), slice 1: the city as data and the city of every
-- organisation, staff member, policy version, budget, claim, notice item and payment batch.
-- Every row that exists today is Nanchang's: the backfill says so, then the defaults go, so the
-- application always names the city.

CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "divisionPrefixes" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "City" ADD CONSTRAINT "City_id_slug" CHECK ("id" ~ '^[a-z][a-z0-9-]{1,39}$');
ALTER TABLE "City" ADD CONSTRAINT "City_division_prefixes" CHECK (cardinality("divisionPrefixes") >= 1);

INSERT INTO "City" ("id", "nameZh", "nameEn", "divisionPrefixes") VALUES ('nanchang', '南昌市', 'Nanchang', ARRAY['3601']);

ALTER TABLE "Organisation" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "PolicyVersion" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "OffshoreClaim" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "TrainingClaim" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "NoticeItem" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "PaymentBatch" ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang';
ALTER TABLE "YearBudget" DROP CONSTRAINT "YearBudget_pkey",
ADD COLUMN "cityId" TEXT NOT NULL DEFAULT 'nanchang',
ADD CONSTRAINT "YearBudget_pkey" PRIMARY KEY ("cityId", "year");
ALTER TABLE "Organisation" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "PolicyVersion" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "OffshoreClaim" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "TrainingClaim" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "NoticeItem" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "PaymentBatch" ALTER COLUMN "cityId" DROP DEFAULT;
ALTER TABLE "YearBudget" ALTER COLUMN "cityId" DROP DEFAULT;

-- Staff work for one city's bureau; applicants act in their organisation's city.
ALTER TABLE "User" ADD COLUMN "cityId" TEXT;
UPDATE "User" SET "cityId" = 'nanchang' WHERE "role" IN ('REVIEWER', 'ADMINISTRATOR');
ALTER TABLE "User" ADD CONSTRAINT "User_staff_city" CHECK (("role" IN ('REVIEWER', 'ADMINISTRATOR')) = ("cityId" IS NOT NULL));

ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "YearBudget" ADD CONSTRAINT "YearBudget_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OffshoreClaim" ADD CONSTRAINT "OffshoreClaim_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingClaim" ADD CONSTRAINT "TrainingClaim_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "NoticeItem" ADD CONSTRAINT "NoticeItem_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The scoped reads of slice 2 start from the city.
CREATE INDEX "Organisation_cityId_idx" ON "Organisation"("cityId");
CREATE INDEX "OffshoreClaim_cityId_status_idx" ON "OffshoreClaim"("cityId", "status");
CREATE INDEX "TrainingClaim_cityId_status_idx" ON "TrainingClaim"("cityId", "status");
