// Mass assignment: every server action that writes is called, through the real action (see
// tests/support/action-harness.ts), with its valid input plus fields a hand-crafted request
// could add – status, amounts, organisation, reviewer/assignee, version, timestamps, role, the
// id of another record. The stored row must not have taken any of them.
import { requestState as state } from "../support/request-boundary";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/tooling/db/test-database";
import { attachRequiredOffshoreEvidence, DEMO_PASSWORD, uniqueCreditCode, uniqueResidentId } from "@/prisma/seed/factories";
import { callAs, pdfForm, type AnyAction } from "../support/action-harness";
import { openActionWorld, type ActionWorld } from "../support/action-world";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const PAST = "2001-02-03T04:05:06.000Z";

/** Fields no form has. Values are chosen so that taking one would be visible in the stored row. */
function extras(w: ActionWorld): Record<string, unknown> {
  const otherOrg = w.otherEnterprise.org.organisation.id;
  return {
    id: w.otherEnterprise.claimId,
    claimNo: "A1999-HACKED",
    status: "PAID",
    amountFen: 1,
    amountsFen: [1],
    entitlementFen: 1,
    grantedFen: 1,
    traineeFen: 1,
    institutionFen: 1,
    traineeTotalFen: 1,
    institutionTotalFen: 1,
    budgetFen: 1,
    offshoreUsdCents: 1,
    eligible: true,
    organisationId: otherOrg,
    institutionId: w.otherInstitution.org.organisation.id,
    employerInNanchang: true,
    inNanchang: false,
    regionCode: "110000",
    creditCode: uniqueCreditCode("110101"),
    kind: "TRAINING_INSTITUTION",
    assignedReviewerId: w.paymentReviewer.id,
    reviewerId: w.paymentReviewer.id,
    confirmedById: w.otherEnterprise.org.user.id,
    invitedById: w.otherEnterprise.org.user.id,
    createdById: w.otherEnterprise.org.user.id,
    uploadedById: w.otherEnterprise.org.user.id,
    personId: w.otherInstitution.traineeId,
    confirmation: "CONFIRMED",
    decision: "APPROVED",
    flagged: true,
    submissionCount: 99,
    version: 999,
    createdAt: PAST,
    updatedAt: PAST,
    submittedAt: PAST,
    decidedAt: PAST,
    acceptedAt: PAST,
    disabledAt: PAST,
    role: "ADMINISTRATOR",
    canReleasePayments: true,
    passwordHash: "x",
    storageKey: "../../etc/passwd",
    sha256: "0".repeat(64),
    __proto__: { polluted: true },
  };
}

/** No column of the stored row holds the value of the extra field of the same name. */
function expectNoneTaken(row: Record<string, unknown> | null, extra: Record<string, unknown>, label: string) {
  expect(row, `${label}: row stored`).not.toBeNull();
  const taken = Object.entries(extra).filter(([key, value]) => {
    if (!Object.hasOwn(row!, key)) return false;
    const stored = row![key];
    const normalised = stored instanceof Date ? stored.toISOString() : typeof stored === "bigint" ? Number(stored) : stored;
    return JSON.stringify(normalised) === JSON.stringify(value);
  });
  expect(taken.map(([key]) => key), `${label}: columns that took a hostile extra field`).toEqual([]);
  expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
}

function withExtras(valid: Record<string, unknown>, extra: Record<string, unknown>) {
  return { ...extra, ...valid };
}

function formWithExtras(form: FormData, extra: Record<string, unknown>) {
  for (const [key, value] of Object.entries(extra)) if (!form.has(key)) form.set(key, String(value));
  return form;
}

let actions: Record<string, AnyAction>;
beforeAll(async () => {
  const load = async (file: string) => (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../..", file))) as Record<string, AnyAction>;
  actions = {
    ...(await load("app/(enterprise)/enterprise/claims/actions.ts")),
    inviteEnterprise: (await load("app/(enterprise)/enterprise/colleagues/actions.ts")).inviteColleagueAction!,
    decideEmploymentAction: (await load("app/(enterprise)/enterprise/employment/actions.ts")).decideEmploymentAction!,
    updateEnterpriseProfile: (await load("app/(enterprise)/enterprise/profile/actions.ts")).updateProfileAction!,
    inviteInstitution: (await load("app/(institution)/institution/colleagues/actions.ts")).inviteColleagueAction!,
    updateInstitutionProfile: (await load("app/(institution)/institution/profile/actions.ts")).updateProfileAction!,
    ...(await load("app/(institution)/institution/claims/actions.ts")),
    ...(await load("app/(institution)/institution/trainees/actions.ts")),
    ...(await load("app/(account)/account/actions.ts")),
    ...(await load("app/(account)/inbox/actions.ts")),
    ...(await load("app/(admin)/admin/budget/actions.ts")),
    ...(await load("app/(admin)/admin/users/actions.ts")),
    ...(await load("app/(auth)/signup/actions.ts")),
    ...(await load("app/(auth)/invite/[token]/actions.ts")),
    ...(await load("app/(review)/review/actions.ts")),
  };
}, 120_000);

describe.each(DATABASE_KINDS)("mass assignment through the server actions on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openActionWorld>>;
  let db: TestDatabase;
  let w: ActionWorld;
  let x: Record<string, unknown>;
  beforeAll(async () => {
    opened = await openActionWorld(kind, "mass-assignment");
    ({ db, world: w } = opened);
    x = extras(w);
  }, 180_000);
  afterAll(async () => opened?.close());

  /** Calls the action as `role` and returns its data; fails the test unless it succeeded. */
  async function ok(role: keyof ActionWorld["sessions"], name: string, raw: unknown): Promise<Record<string, unknown>> {
    state.sid = w.sessions[role];
    try {
      const result = (await actions[name]!(raw)) as { ok: boolean; data?: Record<string, unknown> } | undefined;
      expect(result, `${name}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
      return (result?.data ?? {}) as Record<string, unknown>;
    } finally {
      state.sid = null;
    }
  }

  it("offshore claim: draft, lines, submit, withdraw, reopen and evidence keep server-decided fields", async () => {
    const line = {
      contractRegNo: "MA-1", clientName: "Acme Ltd", clientCountry: "US", serviceCategory: "SOFTWARE",
      contractValueUsd: "400000.00", executedUsd: "300000.00", fxReceiptDate: "2023-06-30",
    };
    const draft = await ok("enterprise", "saveOffshoreDraftAction", withExtras({ claimYear: 2023, onshoreUsd: "0", lines: [withExtras(line, { ...x, id: undefined, claimId: w.otherEnterprise.claimId, lineNo: 99 })] }, x));
    const claimId = draft.id as string;
    let claim = await db.prisma.offshoreClaim.findUnique({ where: { id: claimId } });
    expectNoneTaken(claim, x, "draft");
    expect(claim).toMatchObject({ organisationId: w.enterprise.org.organisation.id, status: "DRAFT", version: 0, assignedReviewerId: null });
    const lines = await db.prisma.offshoreContractLine.findMany({ where: { claimId } });
    expect(lines.map((l) => [l.claimId, l.lineNo])).toEqual([[claimId, 1]]);

    // The line's receipt, which a submission needs (the upload action's own extras are checked below).
    await attachRequiredOffshoreEvidence(db.prisma, w.enterprise.org.actor, claimId);
    await ok("enterprise", "submitOffshoreClaimAction", withExtras({ claimId, version: claim!.version, declaration: true, submissionKey: crypto.randomUUID() }, x));
    claim = await db.prisma.offshoreClaim.findUnique({ where: { id: claimId } });
    expectNoneTaken(claim, x, "submit");
    expect(claim).toMatchObject({ status: "SUBMITTED", organisationId: w.enterprise.org.organisation.id, submissionCount: 1, assignedReviewerId: null, flagged: false });
    expect(claim!.entitlementFen).toBe(60_000_00);

    await ok("enterprise", "withdrawOffshoreClaimAction", withExtras({ claimId, version: claim!.version }, x));
    claim = await db.prisma.offshoreClaim.findUnique({ where: { id: claimId } });
    expectNoneTaken(claim, x, "withdraw");
    expect(claim!.status).toBe("WITHDRAWN");

    await ok("enterprise", "reopenOffshoreClaimAction", withExtras({ claimId, version: claim!.version }, x));
    claim = await db.prisma.offshoreClaim.findUnique({ where: { id: claimId } });
    expectNoneTaken(claim, x, "reopen");
    expect(claim!.status).toBe("DRAFT");

    const evidence = await ok("enterprise", "uploadOffshoreEvidenceAction", formWithExtras(pdfForm({ lineId: lines[0]!.id, kind: "FX_RECEIPT" }), x));
    const stored = await db.prisma.evidenceFile.findUnique({ where: { id: evidence.id as string } });
    expectNoneTaken(stored, x, "evidence");
    expect(stored).toMatchObject({ organisationId: w.enterprise.org.organisation.id, offshoreLineId: lines[0]!.id, uploadedById: w.enterprise.org.user.id, mimeType: "application/pdf" });
  });

  it("organisation profile and invitations (enterprise and institution) keep kind, credit code and organisation", async () => {
    const profile = { nameZh: "改名有限公司", district: "HONGGUTAN", address: "南昌市 2 号", contactName: "李四", contactPhone: "13800000001", contactEmail: "p@example.test" };
    for (const [role, name, org] of [
      ["enterprise", "updateEnterpriseProfile", w.enterprise.org.organisation],
      ["institution", "updateInstitutionProfile", w.institution.org.organisation],
    ] as const) {
      // The extra kind is the other kind: taking it would be visible.
      const hostile = { ...x, id: w.otherEnterprise.org.organisation.id, kind: org.kind === "ENTERPRISE" ? "TRAINING_INSTITUTION" : "ENTERPRISE" };
      await ok(role, name, withExtras({ ...profile, district: role === "institution" ? "DONGHU" : "HONGGUTAN" }, hostile));
      const stored = await db.prisma.organisation.findUnique({ where: { id: org.id } });
      expectNoneTaken(stored, hostile, name);
      expect(stored).toMatchObject({ kind: org.kind, creditCode: org.creditCode, regionCode: org.regionCode, inNanchang: org.inNanchang, nameZh: "改名有限公司" });
    }
    for (const [role, name, org] of [
      ["enterprise", "inviteEnterprise", w.enterprise.org],
      ["institution", "inviteInstitution", w.institution.org],
    ] as const) {
      const email = `invitee-${crypto.randomUUID()}@example.test`;
      await ok(role, name, withExtras({ email }, { ...x, email: undefined }));
      const invitation = await db.prisma.invitation.findFirst({ where: { email } });
      expectNoneTaken(invitation, x, name);
      expect(invitation).toMatchObject({ organisationId: org.organisation.id, invitedById: org.user.id, acceptedAt: null });
    }
  });

  it("accepting an invitation joins the inviting organisation as a member, whatever the request adds", async () => {
    const email = `joiner-${crypto.randomUUID()}@example.test`;
    const invited = await ok("enterprise", "inviteEnterprise", { email });
    const token = String(invited.link).split("/invite/")[1]!;
    state.sid = null;
    const result = await actions.acceptInvitationAction!(withExtras({ token, name: "新同事", password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD }, { ...x, email: "attacker@example.test" }));
    expect(result).toMatchObject({ ok: true });
    const user = await db.prisma.user.findUnique({ where: { email } });
    expectNoneTaken(user, x, "accepted user");
    expect(user).toMatchObject({ role: "ENTERPRISE_MEMBER", organisationId: w.enterprise.org.organisation.id, canReleasePayments: false, disabledAt: null });
    expect(await db.prisma.user.findUnique({ where: { email: "attacker@example.test" } })).toBeNull();
  });

  it("sign-up creates an applicant member of a new organisation, never staff or a member of another", async () => {
    const email = `signup-${crypto.randomUUID()}@example.test`;
    const creditCode = uniqueCreditCode("360106");
    const result = await actions.signUpAction!(withExtras({
      kind: "ENTERPRISE", nameZh: "注册测试有限公司", creditCode, district: "HONGGUTAN", address: "南昌市 3 号", contactName: "王五",
      contactPhone: "13800000002", userName: "王五", email, password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD,
    }, x));
    expect(result).toMatchObject({ ok: true });
    const user = await db.prisma.user.findUnique({ where: { email }, include: { organisation: true } });
    expectNoneTaken(user, x, "signed-up user");
    expectNoneTaken(user!.organisation as unknown as Record<string, unknown>, x, "signed-up organisation");
    expect(user).toMatchObject({ role: "ENTERPRISE_MEMBER", canReleasePayments: false });
    expect(user!.organisation).toMatchObject({ kind: "ENTERPRISE", creditCode, inNanchang: true });
  });

  it("employment decision, trainees, training records and contracts keep the institution's and the server's fields", async () => {
    // The employer is in Nanchang: the extra says it is not.
    const hostileDecision = { ...x, employerInNanchang: false };
    await ok("enterprise", "decideEmploymentAction", withExtras({ contractId: w.institution.contractId, decision: "DISPUTE", reason: "未入职" }, hostileDecision));
    const decided = await db.prisma.employmentContract.findUnique({ where: { id: w.institution.contractId } });
    expectNoneTaken(decided, hostileDecision, "decided contract");
    expect(decided).toMatchObject({ confirmation: "DISPUTED", confirmedById: w.enterprise.org.user.id, traineeId: w.institution.traineeId });

    const trainee = { name: "王小明", college: "江西师范大学", collegeLevel: "UNDERGRADUATE", studentStatus: "GRADUATE", phone: "13900000001" };
    const registered = await ok("institution", "registerTraineeAction", withExtras({ ...trainee, idNumber: uniqueResidentId() }, x));
    const traineeId = registered.traineeId as string;
    let row = await db.prisma.trainee.findUnique({ where: { id: traineeId } });
    expectNoneTaken(row, x, "registered trainee");
    expect(row!.institutionId).toBe(w.institution.org.organisation.id);
    const personId = row!.personId;

    await ok("institution", "updateTraineeAction", withExtras({ ...trainee, name: "王小华", traineeId }, { ...x, idNumber: uniqueResidentId() }));
    row = await db.prisma.trainee.findUnique({ where: { id: traineeId } });
    expectNoneTaken(row, x, "updated trainee");
    expect(row).toMatchObject({ name: "王小华", institutionId: w.institution.org.organisation.id, personId });

    await ok("institution", "recordTrainingAction", withExtras({ traineeId, courseName: "Go", startDate: "2024-01-01", endDate: "2024-03-01", examPassed: false }, x));
    const record = await db.prisma.trainingRecord.findFirst({ where: { traineeId } });
    expectNoneTaken(record, x, "training record");

    await ok("institution", "recordContractAction", withExtras({
      traineeId, employerKind: "REGISTERED", employerOrganisationId: w.enterprise.org.organisation.id,
      signedOn: "2024-03-05", startDate: "2024-03-10", endDate: "2026-03-09",
    }, hostileDecision));
    const contract = await db.prisma.employmentContract.findFirst({ where: { traineeId } });
    expectNoneTaken(contract, hostileDecision, "contract");
    expect(contract!.employerInNanchang).toBe(true);
    expect(contract).toMatchObject({ confirmation: "PENDING", confirmedById: null, employerOrganisationId: w.enterprise.org.organisation.id });
  });

  it("editing a training record or contract cannot move it to another institution's trainee; a claim cannot take another's trainee", async () => {
    const otherTrainee = w.otherInstitution.traineeId;
    const edit = async (name: string, raw: Record<string, unknown>) => callAs(state, w.sessions.institution, actions[name]!, raw);
    const training = await edit("updateTrainingAction", withExtras({
      trainingRecordId: w.institution.trainingRecordId, traineeId: otherTrainee, courseName: "Rust", startDate: "2024-03-01", endDate: "2024-07-15",
      examPassed: true, certificateNo: "NC-MOVED", certificateIssuedOn: "2024-07-20",
    }, x));
    expect(["ok", "notFound"]).toContain(training.outcome);
    const record = await db.prisma.trainingRecord.findUnique({ where: { id: w.institution.trainingRecordId } });
    expectNoneTaken(record, x, "edited training record");
    expect(record!.traineeId).toBe(w.institution.traineeId);

    const contract = await edit("updateContractAction", withExtras({
      contractId: w.institution.contractId, traineeId: otherTrainee, employerKind: "REGISTERED", employerOrganisationId: w.enterprise.org.organisation.id,
      signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
    }, { ...x, employerInNanchang: false }));
    expect(["ok", "notFound", "refused"]).toContain(contract.outcome);
    const stored = await db.prisma.employmentContract.findUnique({ where: { id: w.institution.contractId } });
    expectNoneTaken(stored, { ...x, employerInNanchang: false }, "edited contract");
    expect(stored!.employerInNanchang).toBe(true);
    expect(stored!.traineeId).toBe(w.institution.traineeId);

    const own = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: w.institution.trainingClaimId } });
    const bulk = await edit("addTrainingClaimLinesAction", withExtras({ claimId: own.id, version: own.version, traineeIds: [otherTrainee] }, x));
    expect(["notFound", "refused", "invalid"]).toContain(bulk.outcome);
    expect(await db.prisma.trainingClaimLine.count({ where: { traineeId: otherTrainee } })).toBe(0);
  });

  it("training claims: create, add line and submit keep status, amounts and institution", async () => {
    const created = await ok("institution", "createTrainingClaimAction", withExtras({ claimYear: 2025 }, x));
    const claimId = created.claimId as string;
    let claim = await db.prisma.trainingClaim.findUnique({ where: { id: claimId } });
    expectNoneTaken(claim, x, "training claim");
    expect(claim).toMatchObject({ institutionId: w.institution.org.organisation.id, status: "DRAFT", version: 0, traineeTotalFen: 0, institutionTotalFen: 0 });

    const own = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: w.institution.trainingClaimId } });
    // The trainee qualifies: the extra says the line is not eligible.
    const hostileLine = { ...x, eligible: false };
    await ok("institution", "addTrainingClaimLineAction", withExtras({ claimId: own.id, version: own.version, traineeId: w.institution.traineeId }, hostileLine));
    const lines = await db.prisma.trainingClaimLine.findMany({ where: { claimId: own.id } });
    expect(lines).toHaveLength(1);
    for (const line of lines) expectNoneTaken(line as unknown as Record<string, unknown>, hostileLine, "training claim line");
    expect(lines[0]).toMatchObject({ traineeId: w.institution.traineeId, eligible: true });
    claim = await db.prisma.trainingClaim.findUnique({ where: { id: own.id } });
    expectNoneTaken(claim, x, "training claim after line");
    expect(claim!.institutionId).toBe(w.institution.org.organisation.id);
  });

  it("account, budget and staff accounts keep roles and payment rights as the server decides", async () => {
    await ok("enterprise", "changePasswordAction", withExtras({ currentPassword: DEMO_PASSWORD, newPassword: "Changed-Password-2026", newPasswordConfirm: "Changed-Password-2026" }, x));
    const member = await db.prisma.user.findUnique({ where: { id: w.enterprise.org.user.id } });
    expectNoneTaken(member, x, "password change");
    expect(member).toMatchObject({ role: "ENTERPRISE_MEMBER", canReleasePayments: false, organisationId: w.enterprise.org.organisation.id });

    await ok("administrator", "setYearBudgetAction", withExtras({ year: 2031, budgetYuan: "1234.56" }, x));
    const budget = await db.prisma.yearBudget.findUnique({ where: { cityId_year: { cityId: "nanchang", year: 2031 } } });
    expectNoneTaken(budget as unknown as Record<string, unknown>, x, "budget");
    expect(budget!.budgetFen).toBe(123_456n);

    const email = `staff-${crypto.randomUUID()}@bureau.test`;
    await ok("administrator", "createStaffUserAction", withExtras({ name: "新管理", email, role: "ADMINISTRATOR", canReleasePayments: true, password: DEMO_PASSWORD }, x));
    const staff = await db.prisma.user.findUnique({ where: { email } });
    expectNoneTaken(staff, { ...x, role: "ENTERPRISE_MEMBER", canReleasePayments: true }, "staff user");
    // A new staff account waits, disabled, for a second administrator (tests/db/role-grants.test.ts).
    expect(staff).toMatchObject({ role: "ADMINISTRATOR", canReleasePayments: false, organisationId: null });
    expect(staff!.disabledAt).not.toBeNull();
    expect(await db.prisma.roleGrant.findMany({ where: { userId: staff!.id } })).toEqual([
      expect.objectContaining({ role: "ADMINISTRATOR", canReleasePayments: false, status: "PENDING", newAccount: true, requestedById: w.administrator.id }),
    ]);

    // Enabling it around the grant is refused, whatever the request adds.
    const enabled = await callAs(state, w.sessions.administrator, actions.setUserDisabledAction!, withExtras({ userId: staff!.id, disabled: false }, x));
    expect(enabled).toEqual({ outcome: "refused", detail: "roleGrantPending" });
    expect(await db.prisma.user.findUnique({ where: { id: staff!.id } })).toMatchObject({ role: "ADMINISTRATOR", canReleasePayments: false });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: staff!.id } })).disabledAt).not.toBeNull();
  });

  it("inbox and mail settings: only the caller's own items and account change, whatever user id the request names", async () => {
    const other = w.otherEnterprise.org.user.id;
    await ok("enterprise", "setMailPreferencesAction", withExtras({ mutedMailKinds: ["claimPublished", "claimRejected"] }, { ...x, userId: other, id: other }));
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: w.enterprise.org.user.id } })).mutedMailKinds).toEqual(["claimPublished"]);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: other } })).mutedMailKinds).toEqual([]);
    const otherUnread = await db.prisma.notification.count({ where: { userId: other, readAt: null } });
    expect(otherUnread).toBeGreaterThan(0);
    await ok("enterprise", "markAllNotificationsReadAction", withExtras({}, { ...x, userId: other }));
    expect(await db.prisma.notification.count({ where: { userId: w.enterprise.org.user.id, readAt: null } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: other, readAt: null } })).toBe(otherUnread);
  });

  it("review: assignment and conflicts are the caller's own, whatever reviewer id the request names", async () => {
    const claim = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: w.submittedClaim.id } });
    await ok("reviewer", "assignClaimAction", withExtras({ kind: "OFFSHORE", claimId: claim.id, version: claim.version }, x));
    const assigned = await db.prisma.offshoreClaim.findUnique({ where: { id: claim.id } });
    expectNoneTaken(assigned, x, "assigned claim");
    expect(assigned).toMatchObject({ assignedReviewerId: w.reviewer.id, organisationId: claim.organisationId, entitlementFen: claim.entitlementFen });

    await ok("reviewer", "declareConflictAction", withExtras({ organisationId: w.otherInstitution.org.organisation.id, reason: "亲属" }, x));
    const conflicts = await db.prisma.conflictOfInterest.findMany({ where: { organisationId: w.otherInstitution.org.organisation.id } });
    expect(conflicts.map((c) => c.reviewerId)).toEqual([w.reviewer.id]);
  });

  it("refuses nothing it should accept: the hostile extras never turn a valid call into an unexpected error", async () => {
    const outcome = await callAs(state, w.sessions.enterprise, actions.saveOffshoreDraftAction!, withExtras({ claimYear: 2022, onshoreUsd: "0", lines: [] }, x));
    expect(outcome.outcome).toBe("ok");
  });
});
