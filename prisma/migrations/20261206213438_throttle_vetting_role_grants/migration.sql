-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('PENDING_VETTING', 'ACTIVE', 'REJECTED');

-- CreateEnum
CREATE TYPE "RoleGrantStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "EvidenceKind" ADD VALUE 'BUSINESS_LICENCE';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "status" "OrganisationStatus" NOT NULL DEFAULT 'PENDING_VETTING',
ADD COLUMN     "vettedAt" TIMESTAMP(3),
ADD COLUMN     "vettedById" UUID,
ADD COLUMN     "vettingNote" TEXT;

-- Organisations registered before vetting existed (the demo's, and any in production) were
-- accepted as they were: they stay able to submit. New ones start PENDING_VETTING (the default).
UPDATE "Organisation" SET "status" = 'ACTIVE';

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "canReleasePayments" BOOLEAN NOT NULL,
    "newAccount" BOOLEAN NOT NULL DEFAULT false,
    "status" "RoleGrantStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RoleGrant_status_idx" ON "RoleGrant"("status");

-- CreateIndex
CREATE INDEX "RoleGrant_userId_idx" ON "RoleGrant"("userId");

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
