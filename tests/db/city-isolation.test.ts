// Several cities on one deployment (issue 22), slice 2: each city's bureau works only its own
// city. A staff member of one city looking up another city's claim, batch, organisation, account
// or policy version by id gets "not found", exactly as an applicant does for another
// organisation's record; lists never show another city's rows; and a claim is evaluated under its
// own city's policy, so the same facts give different amounts in the two cities.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEvidenceForViewer } from "@/lib/evidence/get-evidence-for-viewer";
import { LocalDiskFileStore } from "@/lib/evidence/file-store";
import type { Role } from "@/lib/generated/prisma/client";
import type { Administrator, Reviewer } from "@/lib/auth/actors";
import { getPaymentBatch, listPaymentBatches } from "@/lib/grants/payments/list-payment-batches";
import { markPaymentBatchPaid } from "@/lib/grants/payments/mark-payment-batch-paid";
import { listNoticeItemsForReview } from "@/lib/grants/public-notice/list-notice-items-for-review";
import { listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { activateOrganisation } from "@/lib/organisations/activate-organisation";
import { listOrganisationsAwaitingVetting } from "@/lib/organisations/list-organisations-awaiting-vetting";
import { getPolicyVersion, listPolicyVersions } from "@/lib/policy/list-policy-versions";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { publishPolicyVersion } from "@/lib/policy/publish-policy-version";
import { startPolicyDraft } from "@/lib/policy/start-policy-draft";
import { approveClaim } from "@/lib/review/approve-claim";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { listUsers } from "@/lib/users/list-users";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createProvinceAdministrator, createStaff, createTrainee, offshoreLine, staffActor, uniqueCreditCode, uniqueResidentId } from "@/prisma/seed/factories";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { ensureSecondCity, SECOND_CITY, SECOND_CITY_POLICY, SECOND_CITY_REGION } from "@/prisma/seed/second-city";
import { reviewer as nanchangReviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const CS = SECOND_CITY.id;
const NOT_FOUND = { code: "notFound" };

describe.each(DATABASE_KINDS)("city isolation on %s", (kind) => {
  let db: TestDatabase;
  let ncReviewer: Reviewer;
  let csReviewer: Reviewer;
  let ncAdmin: Administrator;
  let csAdmin: Administrator;
  let csAdmin2: Administrator;
  // The same facts in both cities: one contract executing 250,000 USD in 2024.
  let ncClaim: { id: string; version: number };
  let csClaim: { id: string; version: number };

  const staff = async (role: "REVIEWER" | "ADMINISTRATOR", cityId: string, canReleasePayments = false) =>
    staffActor(await createStaff(db.prisma, { email: `${role.toLowerCase()}-${cityId}-${crypto.randomUUID()}@bureau.test`, name: `${cityId}员`, role, cityId, canReleasePayments }));
  const claimWithTheSameFacts = async (region: string, executedUsd = "250000.00") => {
    const enterprise = await createOrganisationWithUser(db.prisma, { region });
    return createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2024,
      submit: true,
      lines: [offshoreLine({ executedUsd, contractValueUsd: executedUsd, fxReceiptDate: "2024-06-30" })],
    });
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    ncReviewer = await nanchangReviewer(db.prisma); // also the built-in policy and a calendar for the clock
    await ensureSecondCity(db.prisma);
    csReviewer = await staff("REVIEWER", CS, true);
    ncAdmin = await staff("ADMINISTRATOR", "nanchang");
    csAdmin = await staff("ADMINISTRATOR", CS);
    csAdmin2 = await staff("ADMINISTRATOR", CS);
    ncClaim = await claimWithTheSameFacts("360106");
    csClaim = await claimWithTheSameFacts(SECOND_CITY_REGION);
  });
  afterAll(async () => db?.close());

  it("tells only the claim's own city's reviewers that it arrived", async () => {
    const told = async (userId: string, claimId: string) => db.prisma.notification.count({ where: { userId, kind: "claimSubmittedForReview", href: { contains: claimId } } });
    expect(await told(csReviewer.id, csClaim.id)).toBe(1);
    expect(await told(ncReviewer.id, csClaim.id)).toBe(0);
    expect(await told(ncReviewer.id, ncClaim.id)).toBe(1);
    expect(await told(csReviewer.id, ncClaim.id)).toBe(0);
  });

  it("evaluates each claim under its own city's policy: the same facts, different amounts", async () => {
    const amounts = await db.prisma.offshoreClaim.findMany({ where: { id: { in: [ncClaim.id, csClaim.id] } }, select: { id: true, cityId: true, policyVersionId: true, entitlementFen: true } });
    // Nanchang pays 0.2 RMB per USD, Changsha 0.15.
    expect(amounts.find((c) => c.id === ncClaim.id)).toMatchObject({ cityId: "nanchang", policyVersionId: "nanchang-2015-implementation-opinions", entitlementFen: 250_000 * 20 });
    expect(amounts.find((c) => c.id === csClaim.id)).toMatchObject({ cityId: CS, policyVersionId: SECOND_CITY_POLICY.id, entitlementFen: 250_000 * 15 });
    // And their thresholds differ: 180,000 USD is above Changsha's 150,000 but not above Nanchang's 200,000.
    await expect(claimWithTheSameFacts("360106", "180000.00")).rejects.toMatchObject({ code: "notEligible" });
    await expect(claimWithTheSameFacts(SECOND_CITY_REGION, "180000.00")).resolves.toMatchObject({ entitlementFen: 180_000 * 15 });
    expect((await loadPolicyVersions(db.prisma, CS)).map((v) => v.id)).toEqual([SECOND_CITY_POLICY.id]);
    expect((await loadPolicyVersions(db.prisma, "nanchang")).map((v) => v.id)).not.toContain(SECOND_CITY_POLICY.id);
  });

  it("opens an evidence file to its own city's bureau only; to another city's staff and the province it does not exist", async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), "city-evidence-"));
    const store = new LocalDiskFileStore(root);
    const enterprise = await createOrganisationWithUser(db.prisma, { region: "360106" });
    const storageKey = `city-isolation-${crypto.randomUUID()}`;
    await store.put(storageKey, new TextEncoder().encode("%PDF-1.4 licence"));
    const evidence = await db.prisma.evidenceFile.create({
      data: { organisationId: enterprise.organisation.id, kind: "BUSINESS_LICENCE", storageKey, mimeType: "application/pdf", sizeBytes: 16, sha256: "0".repeat(64), uploadedById: enterprise.user.id },
    });
    const viewer = (actor: { id: string; role: Role; cityId: string | null }) => ({ ...actor, organisationId: null });
    expect((await getEvidenceForViewer(db.prisma, viewer(ncReviewer), evidence.id, store)).evidence.id).toBe(evidence.id);
    await expect(getEvidenceForViewer(db.prisma, viewer(csReviewer), evidence.id, store)).rejects.toMatchObject(NOT_FOUND);
    await expect(getEvidenceForViewer(db.prisma, viewer(csAdmin), evidence.id, store)).rejects.toMatchObject(NOT_FOUND);
    const province = await createProvinceAdministrator(db.prisma, { email: `province-${crypto.randomUUID()}@province.test`, name: "省管理" });
    await expect(getEvidenceForViewer(db.prisma, viewer({ ...province, cityId: null }), evidence.id, store)).rejects.toMatchObject(NOT_FOUND);
    await fs.rm(root, { recursive: true, force: true });
  });

  it("shows each bureau only its own city's claims in the queue and on the claim page", async () => {
    const ids = async (viewer: Reviewer) => (await listReviewQueue(db.prisma, viewer, queueFilterSchema.parse({}))).rows.map((r) => r.id);
    expect(await ids(csReviewer)).toContain(csClaim.id);
    expect(await ids(csReviewer)).not.toContain(ncClaim.id);
    expect(await ids(ncReviewer)).toContain(ncClaim.id);
    expect(await ids(ncReviewer)).not.toContain(csClaim.id);
    await expect(getClaimForReview(db.prisma, ncReviewer, "OFFSHORE", csClaim.id)).rejects.toMatchObject(NOT_FOUND);
    expect((await getClaimForReview(db.prisma, csReviewer, "OFFSHORE", csClaim.id)).claim.id).toBe(csClaim.id);
  });

  it("refuses another city's reviewer every decision as not found, and changes nothing", async () => {
    const ref = { kind: "OFFSHORE" as const, claimId: csClaim.id, version: csClaim.version };
    await expect(assignClaimToReviewer(db.prisma, ncReviewer, ref)).rejects.toMatchObject(NOT_FOUND);
    await expect(approveClaim(db.prisma, ncReviewer, ref)).rejects.toMatchObject(NOT_FOUND);
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: csClaim.id }, select: { status: true, version: true } })).toEqual({ status: "SUBMITTED", version: csClaim.version });
    expect(await db.prisma.reviewDecision.count({ where: { offshoreClaimId: csClaim.id } })).toBe(0);
  });

  it("lets the city's own reviewer approve, and puts the grant on that city's notice only", async () => {
    await approveClaim(db.prisma, csReviewer, { kind: "OFFSHORE", claimId: csClaim.id, version: csClaim.version });
    expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: csClaim.id }, select: { grantedFen: true } })).toEqual({ grantedFen: 250_000 * 15 });
    const csNotice = await listNoticeItemsForReview(db.prisma, CS);
    expect(csNotice.map((n) => n.ledgerEntry.offshoreClaim?.id)).toEqual([csClaim.id]);
    expect((await listNoticeItemsForReview(db.prisma, "nanchang")).map((n) => n.ledgerEntry.offshoreClaim?.id)).not.toContain(csClaim.id);
    // The public notice too: each city publishes its own grants.
    const itemId = csNotice[0]!.id;
    expect((await listPublicNotice(db.prisma, CS)).map((n) => n.id)).toEqual([itemId]);
    expect((await listPublicNotice(db.prisma, "nanchang")).map((n) => n.id)).not.toContain(itemId);
  });

  it("keeps payment batches to their city", async () => {
    const batch = await db.prisma.paymentBatch.create({ data: { cityId: CS, batchNo: `PB-CS-${Date.now()}`, totalFen: 0n, createdById: csReviewer.id, status: "EXPORTED" } });
    const ncPayer = await staff("REVIEWER", "nanchang", true);
    expect(await getPaymentBatch(db.prisma, "nanchang", batch.id)).toBeNull();
    expect((await listPaymentBatches(db.prisma, "nanchang")).map((b) => b.id)).not.toContain(batch.id);
    expect((await getPaymentBatch(db.prisma, CS, batch.id))?.id).toBe(batch.id);
    await expect(markPaymentBatchPaid(db.prisma, ncPayer, { batchId: batch.id, bankReference: "REF-1", valueDate: "2024-12-01" })).rejects.toMatchObject(NOT_FOUND);
    expect(await db.prisma.paymentBatch.findUniqueOrThrow({ where: { id: batch.id }, select: { status: true } })).toEqual({ status: "EXPORTED" });
  });

  it("leaves vetting of a city's organisations to its own reviewers", async () => {
    const applicant = await createOrganisationWithUser(db.prisma, { region: SECOND_CITY_REGION, vetted: false });
    expect((await listOrganisationsAwaitingVetting(db.prisma, "nanchang")).map((o) => o.id)).not.toContain(applicant.organisation.id);
    expect((await listOrganisationsAwaitingVetting(db.prisma, CS)).map((o) => o.id)).toContain(applicant.organisation.id);
    await expect(activateOrganisation(db.prisma, ncReviewer, { organisationId: applicant.organisation.id })).rejects.toMatchObject(NOT_FOUND);
    expect(await db.prisma.organisation.findUniqueOrThrow({ where: { id: applicant.organisation.id }, select: { status: true } })).toEqual({ status: "PENDING_VETTING" });
  });

  it("gives each administrator only the city's accounts", async () => {
    const emails = async (cityId: string) => (await listUsers(db.prisma, cityId)).map((u) => u.id);
    expect(await emails(CS)).toContain(csReviewer.id);
    expect(await emails("nanchang")).not.toContain(csReviewer.id);
    await expect(setUserDisabled(db.prisma, ncAdmin, csReviewer.id, true)).rejects.toMatchObject(NOT_FOUND);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: csReviewer.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
  });

  it("keeps each city's policy versions to its administrators, and a publication closes only its own city's ranges", async () => {
    expect((await listPolicyVersions(db.prisma, CS)).published.map((v) => v.id)).toEqual([SECOND_CITY_POLICY.id]);
    expect(await getPolicyVersion(db.prisma, "nanchang", SECOND_CITY_POLICY.id)).toBeNull();
    await expect(startPolicyDraft(db.prisma, ncAdmin, SECOND_CITY_POLICY.id)).rejects.toMatchObject(NOT_FOUND);

    const draftId = await startPolicyDraft(db.prisma, csAdmin, SECOND_CITY_POLICY.id);
    await expect(publishPolicyVersion(db.prisma, ncAdmin, { versionId: draftId, revision: 1 })).rejects.toMatchObject(NOT_FOUND);
    await publishPolicyVersion(db.prisma, csAdmin2, { versionId: draftId, revision: 1 });
    const published = await getPolicyVersion(db.prisma, CS, draftId);
    expect(published?.status).toBe("PUBLISHED");
    // Changsha's previous version now ends the day before; Nanchang's current one is still open-ended.
    expect((await getPolicyVersion(db.prisma, CS, SECOND_CITY_POLICY.id))?.effectiveTo).not.toBeNull();
    expect((await getPolicyVersion(db.prisma, "nanchang", "nanchang-2015-implementation-opinions"))?.effectiveTo).toBeNull();
  });

  it("counts rule B's employer as in the city when it is registered in the institution's own city", async () => {
    const institution = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION", region: SECOND_CITY_REGION });
    const csEmployer = await createOrganisationWithUser(db.prisma, { region: SECOND_CITY_REGION });
    const ncEmployer = await createOrganisationWithUser(db.prisma, { region: "360106" });
    const trainee = await createTrainee(db.prisma, institution.actor, { idNumber: uniqueResidentId("20010315", "430102") });
    const dates = { signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31" };
    const record = (employer: { employerKind: "REGISTERED" | "OUTSIDE" } & Record<string, string>) => recordEmploymentContractFromInput(db.prisma, institution.actor, { traineeId: trainee.id, ...employer, ...dates });
    const inCity = async (id: string) => (await db.prisma.employmentContract.findUniqueOrThrow({ where: { id }, select: { employerInNanchang: true } })).employerInNanchang;

    expect(await inCity((await record({ employerKind: "REGISTERED", employerOrganisationId: csEmployer.organisation.id })).id)).toBe(true);
    expect(await inCity((await record({ employerKind: "REGISTERED", employerOrganisationId: ncEmployer.organisation.id })).id)).toBe(false);
    // A Changsha code typed in as an outside employer must be the registered enterprise instead; a Nanchang one is "elsewhere" here.
    await expect(record({ employerKind: "OUTSIDE", outsideEmployerName: "湘外", outsideEmployerCity: "长沙", outsideEmployerCreditCode: uniqueCreditCode(SECOND_CITY_REGION) })).rejects.toMatchObject({
      code: "employerInCityMustBeRegistered",
      field: "outsideEmployerCreditCode",
    });
    expect(await inCity((await record({ employerKind: "OUTSIDE", outsideEmployerName: "洪外", outsideEmployerCity: "南昌", outsideEmployerCreditCode: uniqueCreditCode("360111") })).id)).toBe(false);

    // And for a Nanchang institution, as always: a Nanchang code must be the registered enterprise.
    const ncInstitution = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION", region: "360102" });
    const ncTrainee = await createTrainee(db.prisma, ncInstitution.actor, { idNumber: uniqueResidentId("20020202", "360102") });
    await expect(
      recordEmploymentContractFromInput(db.prisma, ncInstitution.actor, { traineeId: ncTrainee.id, employerKind: "OUTSIDE", outsideEmployerName: "洪外", outsideEmployerCity: "南昌", outsideEmployerCreditCode: uniqueCreditCode("360111"), ...dates }),
    ).rejects.toMatchObject({ code: "employerInCityMustBeRegistered" });
  });
});
