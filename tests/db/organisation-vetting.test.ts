// New organisations are vetted before they submit (SECURITY.md V4): one registered by sign-up
// prepares drafts at once, but its offshore and training submissions are refused until a reviewer
// has checked its credit code and business licence and activated it; activation and refusal are
// audited and the members are mailed.
import type { OrganisationActor } from "@/lib/auth/actors";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { LocalDiskFileStore } from "@/lib/evidence/file-store";
import { activateOrganisation } from "@/lib/organisations/activate-organisation";
import { listOrganisationsAwaitingVetting } from "@/lib/organisations/list-organisations-awaiting-vetting";
import { rejectOrganisation } from "@/lib/organisations/reject-organisation";
import { uploadBusinessLicence } from "@/lib/organisations/upload-business-licence";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { attachRequiredOffshoreEvidence, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { PDF_BYTES } from "../support/action-harness";
import { qualifyingTrainee } from "./institution-helpers";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("organisation vetting on %s", (kind) => {
  let db: TestDatabase;
  let store: LocalDiskFileStore;
  let evidenceDir: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    evidenceDir = await fs.mkdtemp(path.join(os.tmpdir(), "vetting-evidence-"));
    store = new LocalDiskFileStore(evidenceDir);
  });
  afterAll(async () => {
    await db?.close();
    await fs.rm(evidenceDir, { recursive: true, force: true });
  });

  // A draft whose line has its receipt: only the vetting stands between it and submission.
  const draftOf = async (actor: OrganisationActor) => {
    const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimYear: 2024, onshoreUsd: "0", lines: [offshoreLine({ executedUsd: "300000.00" })] });
    await attachRequiredOffshoreEvidence(db.prisma, actor, draft.id, store);
    return draft;
  };
  const submit = (actor: OrganisationActor, claim: { id: string; version: number }) =>
    submitOffshoreClaimFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey: crypto.randomUUID() });

  it("lets an unvetted enterprise save a draft but refuses its submission, then accepts it once a reviewer activated it", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { vetted: false });
    expect(enterprise.organisation.status).toBe("PENDING_VETTING");
    const draft = await draftOf(enterprise.actor);
    await expect(submit(enterprise.actor, draft)).rejects.toMatchObject({ code: "organisationNotVetted" });
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    const r = await reviewer(db.prisma);
    // Without a licence on file there is nothing to check.
    await expect(activateOrganisation(db.prisma, r, { organisationId: enterprise.organisation.id })).rejects.toMatchObject({ code: "licenceMissing" });
    const licence = await uploadBusinessLicence(db.prisma, enterprise.actor, { bytes: PDF_BYTES, fileName: "licence.pdf" }, store);
    expect(licence).toMatchObject({ kind: "BUSINESS_LICENCE", organisationId: enterprise.organisation.id, mimeType: "application/pdf" });
    const queue = await listOrganisationsAwaitingVetting(db.prisma, "nanchang");
    expect(queue.find((o) => o.id === enterprise.organisation.id)?.licence?.id).toBe(licence.id);

    const { emails } = await activateOrganisation(db.prisma, r, { organisationId: enterprise.organisation.id });
    expect(emails).toEqual([expect.objectContaining({ to: enterprise.user.email, template: "organisationActivated" })]);
    // The decision is in the member's inbox as well as in the mail.
    expect(await db.prisma.notification.findMany({ where: { userId: enterprise.user.id }, select: { kind: true, readAt: true } })).toEqual([{ kind: "organisationActivated", readAt: null }]);
    const activated = await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } });
    expect(activated).toMatchObject({ status: "ACTIVE", vettedById: r.id });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "organisation.activate", targetId: enterprise.organisation.id } });
    expect(audit).toMatchObject({ actorId: r.id, result: "success" });
    expect(audit.details).toMatchObject({ licenceEvidenceId: licence.id, creditCode: enterprise.organisation.creditCode });
    expect((await listOrganisationsAwaitingVetting(db.prisma, "nanchang")).some((o) => o.id === enterprise.organisation.id)).toBe(false);
    // A second decision finds nothing to decide.
    await expect(activateOrganisation(db.prisma, r, { organisationId: enterprise.organisation.id })).rejects.toMatchObject({ code: "organisationNotAwaitingVetting" });

    const submitted = await submit(enterprise.actor, draft);
    expect(submitted.status).toBe("SUBMITTED");
  });

  it("refuses an unvetted institution's training claim", async () => {
    const employer = await createOrganisationWithUser(db.prisma, { region: "360106" });
    const institution = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION", region: "360102", vetted: false });
    const { trainee } = await qualifyingTrainee(db.prisma, institution.actor, employer.organisation.id);
    let claim = await createTrainingClaimFromInput(db.prisma, institution.actor, { claimYear: 2024 });
    await addTrainingClaimLineFromInput(db.prisma, institution.actor, { claimId: claim.id, version: claim.version, traineeId: trainee.id });
    claim = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(
      submitTrainingClaimFromInput(db.prisma, institution.actor, { claimId: claim.id, version: claim.version, declaration: true, submissionKey: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "organisationNotVetted" });
    expect((await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("DRAFT");
  });

  it("records a refusal with its reason, keeps submission closed, and a corrected licence puts it back in the queue", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { vetted: false });
    const r = await reviewer(db.prisma);
    await expect(rejectOrganisation(db.prisma, r, { organisationId: enterprise.organisation.id, reason: " " })).rejects.toThrow();
    const { emails } = await rejectOrganisation(db.prisma, r, { organisationId: enterprise.organisation.id, reason: "营业执照与信用代码不符" });
    expect(emails).toEqual([expect.objectContaining({ template: "organisationRejected", params: expect.objectContaining({ reason: "营业执照与信用代码不符" }) })]);
    const [inboxItem] = await db.prisma.notification.findMany({ where: { userId: enterprise.user.id } });
    expect(inboxItem).toMatchObject({ kind: "organisationRejected", params: { organisation: enterprise.organisation.nameZh, reason: "营业执照与信用代码不符" } });
    expect(await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } })).toMatchObject({ status: "REJECTED", vettingNote: "营业执照与信用代码不符" });
    expect(await db.prisma.auditEntry.count({ where: { action: "organisation.reject", targetId: enterprise.organisation.id } })).toBe(1);
    const draft = await draftOf(enterprise.actor);
    await expect(submit(enterprise.actor, draft)).rejects.toMatchObject({ code: "organisationNotVetted" });

    await uploadBusinessLicence(db.prisma, enterprise.actor, { bytes: PDF_BYTES }, store);
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } })).status).toBe("PENDING_VETTING");
  });

  it("lets only reviewers vet", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma, { vetted: false });
    await uploadBusinessLicence(db.prisma, enterprise.actor, { bytes: PDF_BYTES }, store);
    await expect(activateOrganisation(db.prisma, { ...enterprise.actor, cityId: "nanchang" }, { organisationId: enterprise.organisation.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(activateOrganisation(db.prisma, { id: crypto.randomUUID(), role: "ADMINISTRATOR", cityId: "nanchang" }, { organisationId: enterprise.organisation.id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.prisma.organisation.findUniqueOrThrow({ where: { id: enterprise.organisation.id } })).status).toBe("PENDING_VETTING");
  });
});
