-- CreateEnum
CREATE TYPE "PublicObjectionStatus" AS ENUM ('OPEN', 'HELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "PublicObjection" (
    "id" UUID NOT NULL,
    "noticeItemId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "contactKind" TEXT NOT NULL,
    "contactEnc" TEXT NOT NULL,
    "contactMasked" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "PublicObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" UUID,
    "dismissReason" TEXT,

    CONSTRAINT "PublicObjection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicObjection_status_createdAt_idx" ON "PublicObjection"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PublicObjection_noticeItemId_idx" ON "PublicObjection"("noticeItemId");

-- AddForeignKey
ALTER TABLE "PublicObjection" ADD CONSTRAINT "PublicObjection_noticeItemId_fkey" FOREIGN KEY ("noticeItemId") REFERENCES "NoticeItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
