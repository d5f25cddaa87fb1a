-- CreateTable
CREATE TABLE "StaffPost" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "cityId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "canReleasePayments" BOOLEAN NOT NULL DEFAULT false,
    "grantedById" UUID,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffPost_cityId_idx" ON "StaffPost"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffPost_userId_cityId_key" ON "StaffPost"("userId", "cityId");

-- AddForeignKey
ALTER TABLE "StaffPost" ADD CONSTRAINT "StaffPost_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPost" ADD CONSTRAINT "StaffPost_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPost" ADD CONSTRAINT "StaffPost_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A post is a bureau's: a reviewer's or an administrator's, never an applicant's or the province's.
ALTER TABLE "StaffPost" ADD CONSTRAINT "StaffPost_staff_role" CHECK ("role" IN ('REVIEWER', 'ADMINISTRATOR'));
-- Releasing payments is a reviewer's right only, as on the User row.
ALTER TABLE "StaffPost" ADD CONSTRAINT "StaffPost_release_by_reviewer" CHECK (NOT "canReleasePayments" OR "role" = 'REVIEWER');
