-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ENTERPRISE', 'TRAINING_INSTITUTION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ENTERPRISE_MEMBER', 'INSTITUTION_MEMBER', 'REVIEWER', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'AWAITING_SECOND_APPROVAL', 'APPROVED', 'IN_NOTICE', 'PAYABLE', 'PAID', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ServiceCategory" AS ENUM ('SOFTWARE', 'INFORMATION_TECHNOLOGY', 'CALL_CENTRE', 'ANIMATION_GAMES', 'FINANCE', 'CULTURAL_CREATIVE', 'INTERNET_PLUS', 'BIOMEDICINE', 'LOGISTICS', 'MEDICAL', 'WHOLESALE_RETAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "CollegeLevel" AS ENUM ('UNDERGRADUATE', 'JUNIOR_COLLEGE', 'POSTGRADUATE', 'VOCATIONAL');

-- CreateEnum
CREATE TYPE "StudentStatus" AS ENUM ('STUDENT', 'GRADUATE', 'NOT_A_STUDENT');

-- CreateEnum
CREATE TYPE "EmployerConfirmation" AS ENUM ('NOT_REQUIRED', 'PENDING', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "LineDecision" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('OFFSHORE_CONTRACT', 'FX_RECEIPT', 'EMPLOYMENT_CONTRACT');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('OFFSHORE', 'TRAINING');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('REQUEST_CHANGES', 'REJECT', 'APPROVE', 'SECOND_APPROVE');

-- CreateEnum
CREATE TYPE "SubsidyRule" AS ENUM ('A_OFFSHORE', 'B_TRAINEE', 'B_INSTITUTION');

-- CreateEnum
CREATE TYPE "PayeeKind" AS ENUM ('ORGANISATION', 'TRAINEE');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('IN_NOTICE', 'OBJECTED', 'ENDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('DRAFT', 'EXPORTED', 'PAID');

-- CreateEnum
CREATE TYPE "PaymentItemStatus" AS ENUM ('PENDING', 'PAID', 'FAILED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "creditCode" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "inNanchang" BOOLEAN NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "bankAccountName" TEXT,
    "bankName" TEXT,
    "bankAccountEnc" TEXT,
    "bankAccountLast4" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "canReleasePayments" BOOLEAN NOT NULL DEFAULT false,
    "organisationId" UUID,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "disabledAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ipAddress" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "offshoreThresholdUsdCents" BIGINT NOT NULL,
    "offshoreFenPerUsd" INTEGER NOT NULL,
    "offshoreAnnualCapFen" INTEGER NOT NULL,
    "trainingMinMonths" INTEGER NOT NULL,
    "contractMinMonths" INTEGER NOT NULL,
    "traineeFenNanchang" INTEGER NOT NULL,
    "institutionFenNanchang" INTEGER NOT NULL,
    "traineeFenElsewhere" INTEGER NOT NULL,
    "institutionFenElsewhere" INTEGER NOT NULL,
    "fourEyesThresholdFen" INTEGER NOT NULL,
    "noticePeriodWorkingDays" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearBudget" (
    "year" INTEGER NOT NULL,
    "budgetFen" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YearBudget_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "OffshoreClaim" (
    "id" UUID NOT NULL,
    "claimNo" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "claimYear" INTEGER NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "onshoreUsdCents" BIGINT NOT NULL DEFAULT 0,
    "offshoreUsdCents" BIGINT NOT NULL DEFAULT 0,
    "entitlementFen" INTEGER,
    "grantedFen" INTEGER,
    "policyVersionId" TEXT,
    "evaluation" JSONB,
    "declarationAcceptedAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "decidedAt" TIMESTAMP(3),
    "assignedReviewerId" UUID,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OffshoreClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffshoreContractLine" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "contractRegNo" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientCountry" TEXT NOT NULL,
    "serviceCategory" "ServiceCategory" NOT NULL,
    "contractValueUsdCents" BIGINT NOT NULL,
    "executedUsdCents" BIGINT NOT NULL,
    "fxReceiptDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OffshoreContractLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "idNumberHash" TEXT NOT NULL,
    "idNumberEnc" TEXT NOT NULL,
    "idNumberMasked" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Trainee" (
    "id" UUID NOT NULL,
    "institutionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "college" TEXT NOT NULL,
    "collegeLevel" "CollegeLevel" NOT NULL,
    "studentStatus" "StudentStatus" NOT NULL,
    "phone" TEXT NOT NULL,
    "bankName" TEXT,
    "bankAccountEnc" TEXT,
    "bankAccountLast4" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Trainee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" UUID NOT NULL,
    "traineeId" UUID NOT NULL,
    "courseName" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "examPassed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "trainingRecordId" UUID NOT NULL,
    "certificateNo" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmploymentContract" (
    "id" UUID NOT NULL,
    "traineeId" UUID NOT NULL,
    "employerOrganisationId" UUID,
    "outsideEmployerName" TEXT,
    "outsideEmployerCreditCode" TEXT,
    "outsideEmployerCity" TEXT,
    "employerIsServiceOutsourcing" BOOLEAN NOT NULL DEFAULT true,
    "employerInNanchang" BOOLEAN NOT NULL,
    "signedOn" DATE NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "confirmation" "EmployerConfirmation" NOT NULL,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMP(3),
    "disputeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmploymentContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingClaim" (
    "id" UUID NOT NULL,
    "claimNo" TEXT NOT NULL,
    "institutionId" UUID NOT NULL,
    "claimYear" INTEGER NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "traineeTotalFen" INTEGER NOT NULL DEFAULT 0,
    "institutionTotalFen" INTEGER NOT NULL DEFAULT 0,
    "declarationAcceptedAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "decidedAt" TIMESTAMP(3),
    "assignedReviewerId" UUID,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingClaimLine" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "traineeId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "trainingRecordId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "traineeFen" INTEGER NOT NULL,
    "institutionFen" INTEGER NOT NULL,
    "evaluation" JSONB NOT NULL,
    "decision" "LineDecision" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingClaimLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "offshoreLineId" UUID,
    "employmentContractId" UUID,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" UUID NOT NULL,
    "claimKind" "ClaimKind" NOT NULL,
    "offshoreClaimId" UUID,
    "trainingClaimId" UUID,
    "reviewerId" UUID NOT NULL,
    "decision" "DecisionKind" NOT NULL,
    "reason" TEXT,
    "amountFen" INTEGER,
    "evaluation" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "offshoreLineId" UUID,
    "trainingLineId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictOfInterest" (
    "reviewerId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "reason" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictOfInterest_pkey" PRIMARY KEY ("reviewerId","organisationId")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" UUID NOT NULL,
    "rule" "SubsidyRule" NOT NULL,
    "claimYear" INTEGER NOT NULL,
    "payeeKind" "PayeeKind" NOT NULL,
    "organisationId" UUID,
    "personId" UUID,
    "amountFen" INTEGER NOT NULL,
    "offshoreClaimId" UUID,
    "trainingClaimId" UUID,
    "trainingLineId" UUID,
    "grantKey" TEXT,
    "reversesId" UUID,
    "reason" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseYearGrant" (
    "organisationId" UUID NOT NULL,
    "claimYear" INTEGER NOT NULL,
    "grantedFen" INTEGER NOT NULL DEFAULT 0,
    "capFen" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterpriseYearGrant_pkey" PRIMARY KEY ("organisationId","claimYear")
);

-- CreateTable
CREATE TABLE "NoticeItem" (
    "id" UUID NOT NULL,
    "ledgerEntryId" UUID NOT NULL,
    "publicName" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'IN_NOTICE',
    "objection" TEXT,
    "objectionAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "NoticeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentBatch" (
    "id" UUID NOT NULL,
    "batchNo" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'DRAFT',
    "totalFen" BIGINT NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "exportedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentItem" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "ledgerEntryId" UUID NOT NULL,
    "status" "PaymentItemStatus" NOT NULL DEFAULT 'PENDING',
    "failureReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organisationId" UUID,
    "userId" UUID,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "result" TEXT NOT NULL,
    "details" JSONB,
    "ipAddress" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_creditCode_key" ON "Organisation"("creditCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_district_idx" ON "Organisation"("kind", "district");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organisationId_idx" ON "Invitation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OffshoreClaim_claimNo_key" ON "OffshoreClaim"("claimNo");

-- CreateIndex
CREATE UNIQUE INDEX "OffshoreClaim_submissionKey_key" ON "OffshoreClaim"("submissionKey");

-- CreateIndex
CREATE INDEX "OffshoreClaim_status_claimYear_idx" ON "OffshoreClaim"("status", "claimYear");

-- CreateIndex
CREATE INDEX "OffshoreClaim_assignedReviewerId_idx" ON "OffshoreClaim"("assignedReviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "OffshoreClaim_organisationId_claimYear_key" ON "OffshoreClaim"("organisationId", "claimYear");

-- CreateIndex
CREATE INDEX "OffshoreContractLine_contractRegNo_idx" ON "OffshoreContractLine"("contractRegNo");

-- CreateIndex
CREATE UNIQUE INDEX "OffshoreContractLine_claimId_contractRegNo_key" ON "OffshoreContractLine"("claimId", "contractRegNo");

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumberHash_key" ON "Person"("idNumberHash");

-- CreateIndex
CREATE INDEX "Trainee_institutionId_name_idx" ON "Trainee"("institutionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Trainee_institutionId_personId_key" ON "Trainee"("institutionId", "personId");

-- CreateIndex
CREATE INDEX "TrainingRecord_traineeId_idx" ON "TrainingRecord"("traineeId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_trainingRecordId_key" ON "Certificate"("trainingRecordId");

-- CreateIndex
CREATE INDEX "EmploymentContract_traineeId_idx" ON "EmploymentContract"("traineeId");

-- CreateIndex
CREATE INDEX "EmploymentContract_employerOrganisationId_confirmation_idx" ON "EmploymentContract"("employerOrganisationId", "confirmation");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingClaim_claimNo_key" ON "TrainingClaim"("claimNo");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingClaim_submissionKey_key" ON "TrainingClaim"("submissionKey");

-- CreateIndex
CREATE INDEX "TrainingClaim_status_claimYear_idx" ON "TrainingClaim"("status", "claimYear");

-- CreateIndex
CREATE INDEX "TrainingClaim_institutionId_idx" ON "TrainingClaim"("institutionId");

-- CreateIndex
CREATE INDEX "TrainingClaim_assignedReviewerId_idx" ON "TrainingClaim"("assignedReviewerId");

-- CreateIndex
CREATE INDEX "TrainingClaimLine_personId_idx" ON "TrainingClaimLine"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingClaimLine_claimId_personId_key" ON "TrainingClaimLine"("claimId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_storageKey_key" ON "EvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "EvidenceFile_offshoreLineId_idx" ON "EvidenceFile"("offshoreLineId");

-- CreateIndex
CREATE INDEX "EvidenceFile_employmentContractId_idx" ON "EvidenceFile"("employmentContractId");

-- CreateIndex
CREATE INDEX "EvidenceFile_sha256_idx" ON "EvidenceFile"("sha256");

-- CreateIndex
CREATE INDEX "ReviewDecision_offshoreClaimId_idx" ON "ReviewDecision"("offshoreClaimId");

-- CreateIndex
CREATE INDEX "ReviewDecision_trainingClaimId_idx" ON "ReviewDecision"("trainingClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_grantKey_key" ON "LedgerEntry"("grantKey");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_reversesId_key" ON "LedgerEntry"("reversesId");

-- CreateIndex
CREATE INDEX "LedgerEntry_organisationId_claimYear_idx" ON "LedgerEntry"("organisationId", "claimYear");

-- CreateIndex
CREATE INDEX "LedgerEntry_claimYear_rule_idx" ON "LedgerEntry"("claimYear", "rule");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeItem_ledgerEntryId_key" ON "NoticeItem"("ledgerEntryId");

-- CreateIndex
CREATE INDEX "NoticeItem_status_endsAt_idx" ON "NoticeItem"("status", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatch_batchNo_key" ON "PaymentBatch"("batchNo");

-- CreateIndex
CREATE INDEX "PaymentItem_ledgerEntryId_idx" ON "PaymentItem"("ledgerEntryId");

-- CreateIndex
CREATE INDEX "PaymentItem_batchId_idx" ON "PaymentItem"("batchId");

-- CreateIndex
CREATE INDEX "Notification_organisationId_createdAt_idx" ON "Notification"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEntry_hash_key" ON "AuditEntry"("hash");

-- CreateIndex
CREATE INDEX "AuditEntry_targetType_targetId_idx" ON "AuditEntry"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_idx" ON "AuditEntry"("actorId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffshoreClaim" ADD CONSTRAINT "OffshoreClaim_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffshoreClaim" ADD CONSTRAINT "OffshoreClaim_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffshoreClaim" ADD CONSTRAINT "OffshoreClaim_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffshoreContractLine" ADD CONSTRAINT "OffshoreContractLine_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "OffshoreClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Trainee" ADD CONSTRAINT "Trainee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentContract" ADD CONSTRAINT "EmploymentContract_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmploymentContract" ADD CONSTRAINT "EmploymentContract_employerOrganisationId_fkey" FOREIGN KEY ("employerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaim" ADD CONSTRAINT "TrainingClaim_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaim" ADD CONSTRAINT "TrainingClaim_assignedReviewerId_fkey" FOREIGN KEY ("assignedReviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "TrainingClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_traineeId_fkey" FOREIGN KEY ("traineeId") REFERENCES "Trainee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_trainingRecordId_fkey" FOREIGN KEY ("trainingRecordId") REFERENCES "TrainingRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "EmploymentContract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingClaimLine" ADD CONSTRAINT "TrainingClaimLine_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_offshoreLineId_fkey" FOREIGN KEY ("offshoreLineId") REFERENCES "OffshoreContractLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_employmentContractId_fkey" FOREIGN KEY ("employmentContractId") REFERENCES "EmploymentContract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_offshoreClaimId_fkey" FOREIGN KEY ("offshoreClaimId") REFERENCES "OffshoreClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_trainingClaimId_fkey" FOREIGN KEY ("trainingClaimId") REFERENCES "TrainingClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "ReviewDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_offshoreLineId_fkey" FOREIGN KEY ("offshoreLineId") REFERENCES "OffshoreContractLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_trainingLineId_fkey" FOREIGN KEY ("trainingLineId") REFERENCES "TrainingClaimLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictOfInterest" ADD CONSTRAINT "ConflictOfInterest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_offshoreClaimId_fkey" FOREIGN KEY ("offshoreClaimId") REFERENCES "OffshoreClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_trainingClaimId_fkey" FOREIGN KEY ("trainingClaimId") REFERENCES "TrainingClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_trainingLineId_fkey" FOREIGN KEY ("trainingLineId") REFERENCES "TrainingClaimLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "LedgerEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseYearGrant" ADD CONSTRAINT "EnterpriseYearGrant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeItem" ADD CONSTRAINT "NoticeItem_ledgerEntryId_fkey" FOREIGN KEY ("ledgerEntryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PaymentBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_ledgerEntryId_fkey" FOREIGN KEY ("ledgerEntryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
