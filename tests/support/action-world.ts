// The records the action tests act on: for each applicant kind an organisation of the caller
// ("own") and another one ("other"), each with a record of every kind an action can name, plus
// bureau staff. Built through the portal's own domain functions and seed factories.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DatabaseKind } from "@/lib/db/client";
import { createTestDatabase } from "@/tooling/db/test-database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { latestApiKeyExpiry } from "@/lib/api-keys/api-key-expiry";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { todayInChina } from "@/lib/eligibility";
import { attachOffshoreLineEvidence } from "@/lib/offshore-claims/attach-offshore-line-evidence";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { LocalDiskFileStore } from "@/lib/evidence/file-store";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { recordTrainingFromInput } from "@/lib/trainees/record-training";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { createOffshoreClaim, createOrganisationWithUser, createProvinceAdministrator, createStaff, createTrainee, offshoreLine } from "@/prisma/seed/factories";
import { ensureSecondCity, SECOND_CITY } from "@/prisma/seed/second-city";
import { PDF_BYTES, releaseActionsDatabase, sessionFor, pointActionsAtDatabase, type MatrixRole } from "./action-harness";

type Org = Awaited<ReturnType<typeof createOrganisationWithUser>>;

/** An API key of the organisation (what the revoke action names). */
async function apiKeyOf(prisma: PrismaClient, org: Org): Promise<string> {
  const expiresOn = latestApiKeyExpiry(todayInChina());
  return (await createApiKey(prisma, org.actor, { name: "matrix", scopes: ["claims:read"], expiresOn })).id;
}

async function enterpriseRecords(prisma: PrismaClient, org: Org, store: LocalDiskFileStore) {
  const claim = await createOffshoreClaim(prisma, org.actor, { claimYear: 2024, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "400000.00" })] });
  const line = await prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: claim.id } });
  const evidence = await attachOffshoreLineEvidence(prisma, org.actor, { lineId: line.id, kind: "OFFSHORE_CONTRACT", bytes: PDF_BYTES }, store);
  return { org, claimId: claim.id, lineId: line.id, evidenceId: evidence.id, apiKeyId: await apiKeyOf(prisma, org) };
}

async function institutionRecords(prisma: PrismaClient, org: Org, employerOrganisationId: string) {
  const trainee = await createTrainee(prisma, org.actor);
  await recordTrainingFromInput(prisma, org.actor, {
    traineeId: trainee.id, courseName: "Java 服务外包实训", startDate: "2024-03-01", endDate: "2024-07-15",
    examPassed: true, certificateNo: `NC-${trainee.id.slice(0, 6)}`, certificateIssuedOn: "2024-07-20",
  });
  const contract = await recordEmploymentContractFromInput(prisma, org.actor, {
    traineeId: trainee.id, employerKind: "REGISTERED", employerOrganisationId,
    signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
  });
  const claim = await createTrainingClaimFromInput(prisma, org.actor, { claimYear: 2024 });
  const record = await prisma.trainingRecord.findFirstOrThrow({ where: { traineeId: trainee.id } });
  return { org, traineeId: trainee.id, trainingRecordId: record.id, contractId: contract.id, trainingClaimId: claim.id, apiKeyId: await apiKeyOf(prisma, org) };
}

export type ActionWorld = Awaited<ReturnType<typeof createActionWorld>>;

export async function createActionWorld(prisma: PrismaClient, evidenceDir: string) {
  await ensureBuiltInPolicyVersions(prisma);
  const store = new LocalDiskFileStore(evidenceDir);
  const stamp = Date.now();
  const administrator = await createStaff(prisma, { email: `matrix-admin-${stamp}@bureau.test`, name: "管理", role: "ADMINISTRATOR" });
  const reviewer = await createStaff(prisma, { email: `matrix-rev-${stamp}@bureau.test`, name: "审核", role: "REVIEWER" });
  const paymentReviewer = await createStaff(prisma, { email: `matrix-pay-${stamp}@bureau.test`, name: "付款", role: "REVIEWER", canReleasePayments: true });
  const enterprise = await enterpriseRecords(prisma, await createOrganisationWithUser(prisma, { region: "360106" }), store);
  const otherEnterprise = await enterpriseRecords(prisma, await createOrganisationWithUser(prisma, { region: "360106" }), store);
  // Own institution's contract names the own enterprise as employer (the enterprise confirms it);
  // the other institution's contract names the other enterprise.
  const institution = await institutionRecords(prisma, await createOrganisationWithUser(prisma, { kind: "TRAINING_INSTITUTION", region: "360102" }), enterprise.org.organisation.id);
  const otherInstitution = await institutionRecords(prisma, await createOrganisationWithUser(prisma, { kind: "TRAINING_INSTITUTION", region: "360103" }), otherEnterprise.org.organisation.id);
  // A claim waiting for review: what the reviewers' actions act on.
  const submitter = await createOrganisationWithUser(prisma, { region: "360106" });
  const submitted = await createOffshoreClaim(prisma, submitter.actor, { claimYear: 2024, submit: true, store, lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "400000.00" })] });
  // An inbox item of a person none of the matrix roles is (the other employer was told of the other institution's contract).
  const otherNotification = await prisma.notification.findFirstOrThrow({ where: { userId: otherEnterprise.org.user.id }, select: { id: true } });
  // The same staff roles in a second city (issue 22): the bureau records above are another city's to them.
  await ensureSecondCity(prisma);
  const otherCity = {
    reviewer: await createStaff(prisma, { email: `matrix-cs-rev-${stamp}@bureau.test`, name: "湘审核", role: "REVIEWER", cityId: SECOND_CITY.id }),
    paymentReviewer: await createStaff(prisma, { email: `matrix-cs-pay-${stamp}@bureau.test`, name: "湘付款", role: "REVIEWER", canReleasePayments: true, cityId: SECOND_CITY.id }),
    administrator: await createStaff(prisma, { email: `matrix-cs-admin-${stamp}@bureau.test`, name: "湘管理", role: "ADMINISTRATOR", cityId: SECOND_CITY.id }),
  };
  const otherCitySessions: Partial<Record<MatrixRole, string>> = {
    reviewer: await sessionFor(prisma, otherCity.reviewer.id),
    paymentReviewer: await sessionFor(prisma, otherCity.paymentReviewer.id),
    administrator: await sessionFor(prisma, otherCity.administrator.id),
  };
  const sessions: Record<MatrixRole, string | null> = {
    anonymous: null,
    enterprise: await sessionFor(prisma, enterprise.org.user.id),
    institution: await sessionFor(prisma, institution.org.user.id),
    reviewer: await sessionFor(prisma, reviewer.id),
    paymentReviewer: await sessionFor(prisma, paymentReviewer.id),
    administrator: await sessionFor(prisma, administrator.id),
    province: await sessionFor(prisma, (await createProvinceAdministrator(prisma, { email: `matrix-province-${stamp}@province.test`, name: "省管理" })).id),
  };
  return { submittedClaim: { id: submitted.id, version: submitted.version, organisationId: submitter.organisation.id }, otherNotificationId: otherNotification.id, administrator, reviewer, paymentReviewer, enterprise, otherEnterprise, institution, otherInstitution, sessions, otherCitySessions, store };
}

/**
 * A scratch database of `kind` with the action world in it, an evidence folder of its own, and
 * getPrisma() pointed at it: what each action suite opens in beforeAll and closes in afterAll.
 */
export async function openActionWorld(kind: DatabaseKind, label: string) {
  const db = await createTestDatabase(kind);
  const evidenceDir = await fs.mkdtemp(path.join(os.tmpdir(), `${label}-`));
  process.env.EVIDENCE_DIR = evidenceDir;
  pointActionsAtDatabase(db);
  const world = await createActionWorld(db.prisma, evidenceDir);
  return {
    db,
    world,
    evidenceDir,
    async close() {
      releaseActionsDatabase();
      await db.close();
      await fs.rm(evidenceDir, { recursive: true, force: true });
    },
  };
}
