-- CreateEnum
CREATE TYPE "WhatIfRunStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "WhatIfRun" (
    "id" UUID NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "policyRevision" INTEGER NOT NULL,
    "claimYear" INTEGER,
    "status" "WhatIfRunStatus" NOT NULL DEFAULT 'RUNNING',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB,
    "startedById" UUID NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "progressAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "WhatIfRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WhatIfRunRow" (
    "runId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "claimNumber" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "organisationId" UUID NOT NULL,
    "organisationName" TEXT NOT NULL,
    "district" TEXT,
    "claimYear" INTEGER NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "nowFen" INTEGER NOT NULL,
    "draftFen" INTEGER NOT NULL,
    "differenceFen" INTEGER NOT NULL,
    "changedConditions" TEXT[],
    "outcome" TEXT NOT NULL,

    CONSTRAINT "WhatIfRunRow_pkey" PRIMARY KEY ("runId","claimId")
);

-- CreateIndex
CREATE INDEX "WhatIfRun_policyVersionId_startedAt_idx" ON "WhatIfRun"("policyVersionId", "startedAt");

-- CreateIndex
CREATE INDEX "WhatIfRunRow_runId_differenceFen_claimId_idx" ON "WhatIfRunRow"("runId", "differenceFen", "claimId");

-- CreateIndex
CREATE INDEX "WhatIfRunRow_runId_nowFen_claimId_idx" ON "WhatIfRunRow"("runId", "nowFen", "claimId");

-- CreateIndex
CREATE INDEX "WhatIfRunRow_runId_draftFen_claimId_idx" ON "WhatIfRunRow"("runId", "draftFen", "claimId");

-- CreateIndex
CREATE INDEX "WhatIfRunRow_runId_claimNumber_idx" ON "WhatIfRunRow"("runId", "claimNumber");

-- AddForeignKey
ALTER TABLE "WhatIfRun" ADD CONSTRAINT "WhatIfRun_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhatIfRunRow" ADD CONSTRAINT "WhatIfRunRow_runId_fkey" FOREIGN KEY ("runId") REFERENCES "WhatIfRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
