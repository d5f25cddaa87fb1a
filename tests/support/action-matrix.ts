// The authorization matrix of every server action, as data. One row per exported action
// (`<module file>#<export>`); tests/db/authorization-matrix.test.ts fails when an action exists
// without a row, or a row names an action that no longer exists.
//
// A row says which roles may call the action (`allowed`; every other signed-in role gets 403,
// a signed-out caller "signedOut"), the input the allowed roles send for a record of their OWN
// organisation (`own`), and, when the action names a record, the same input pointing at
// ANOTHER organisation's record (`other`), which must answer 404 ("notFound") exactly as a
// record that does not exist. Staff actions have no organisation: `own` is a bureau record of
// Nanchang, and with `crossCity` the same input from the same role in the second city must
// answer 404 too (issue 22: each city's bureau acts on its own city's records only).
//
// Adding a row: copy a neighbour, set `allowed` to the roles of its action client (enterpriseAction,
// institutionAction, reviewerAction, adminAction, provinceAction, accountAction),
// build `own` (and `other` when the input names an organisation's record) from ActionWorld.
import { ALLOWED, csvForm, pdfForm, type MatrixRole, type Outcome } from "./action-harness";
import type { ActionWorld } from "./action-world";

export interface ActionRow {
  /** Roles that pass the role check; "public" for publicAction / plain server functions. */
  allowed: MatrixRole[] | "public";
  /** Input for the allowed roles, on their own organisation's record. */
  own: (w: ActionWorld) => unknown;
  /** Input naming another organisation's record: must be "notFound". */
  other?: (w: ActionWorld) => unknown;
  /** Outcomes acceptable for an allowed role (default: passed authorization, any domain answer). */
  reaches?: readonly Outcome[];
  /** `own` names a record of the staff's city: the same role in another city gets "notFound". */
  crossCity?: true;
  /** Also requires the payment role: a reviewer without it is refused with "forbidden". */
  paymentRole?: true;
}

const uuid = () => crypto.randomUUID();
/** A valid expiry for a new API key: a month from today (China). */
const apiKeyExpiry = () => new Date(Date.now() + 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const STAFF: MatrixRole[] = ["reviewer", "paymentReviewer"];
const SIGNED_IN: MatrixRole[] = ["enterprise", "institution", "reviewer", "paymentReviewer", "administrator", "province"];
// A bureau record that does not exist (no notice item or payment batch in the world): for these
// rows the matrix proves the role gate and that the handler ran (its own 404 for the missing record).
const MISSING_RECORD: readonly Outcome[] = ["notFound", ...ALLOWED];

const line = (id?: string) => ({
  ...(id ? { id } : {}),
  contractRegNo: `MX-${Math.floor(Math.random() * 1e6)}`,
  clientName: "Acme Ltd",
  clientCountry: "US",
  serviceCategory: "SOFTWARE",
  contractValueUsd: "400000.00",
  executedUsd: "300000.00",
  fxReceiptDate: "2024-06-30",
});

const profile = {
  nameZh: "矩阵测试有限公司", district: "HONGGUTAN", address: "南昌市红谷滩区 1 号", contactName: "张三",
  contactPhone: "13800000000", contactEmail: "matrix@example.test",
};

const trainee = { name: "李明", college: "南昌大学", collegeLevel: "UNDERGRADUATE", studentStatus: "GRADUATE", phone: "13900000000" };

const training = (traineeId: string) => ({ traineeId, courseName: "Python", startDate: "2024-01-01", endDate: "2024-02-01", examPassed: false });

const contract = (traineeId: string, employerOrganisationId: string) => ({
  traineeId, employerKind: "REGISTERED", employerOrganisationId, signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
});

const claimRef = (w: ActionWorld) => ({ kind: "OFFSHORE", claimId: w.submittedClaim.id, version: w.submittedClaim.version });

/** A new city that overlaps no other (a fresh id and a 6-digit division code no demo city covers). */
const newCity = () => {
  const n = Math.floor(Math.random() * 90_000) + 10_000;
  return {
    cityId: `matrix-${crypto.randomUUID().slice(0, 8)}`, nameZh: "矩阵市", nameEn: "Matrix", divisionPrefixes: `9${n}`,
    districts: "CENTRE 中心区 Centre District",
    bureauNameZh: "矩阵市商务局", bureauNameEn: "Matrix Bureau of Commerce", administratorName: "矩管理",
    administratorEmail: `matrix-city-${n}-${Date.now()}@bureau.test`, administratorPassword: "Matrix-Password-2026",
  };
};

export const ACTION_MATRIX: Record<string, ActionRow> = {
  "app/(province)/province/actions.ts#createCityAction": { allowed: ["province"], own: newCity, reaches: ["ok"] },
  // Posts in another city (issue 22): the matrix's accounts hold none, so a grant names an address
  // with no staff account (refused next to the field) and a revocation or a switch names a post that
  // does not exist; tests/db/staff-posts.test.ts proves the rules.
  "app/(province)/province/actions.ts#grantStaffPostAction": {
    allowed: ["province"],
    own: () => ({ email: `no-staff-${uuid()}@bureau.test`, cityId: "nanchang", role: "REVIEWER" }),
    reaches: ["refused", "invalid"],
  },
  // A city's details: a city that does not exist is not found (tests/db/create-city.test.ts edits a real one).
  "app/(province)/province/actions.ts#updateCityAction": {
    allowed: ["province"],
    own: () => ({ cityId: `no-city-${uuid().slice(0, 8)}`, nameZh: "矩阵市", nameEn: "Matrix", bureauNameZh: "矩阵市商务局", bureauNameEn: "Matrix Bureau", districts: "CENTRE 中心区 Centre District" }),
    reaches: ["notFound"],
  },
  "app/(province)/province/actions.ts#revokeStaffPostAction": { allowed: ["province"], own: () => ({ postId: uuid() }), reaches: ["notFound"] },
  "app/(admin)/admin/users/actions.ts#takeBackCityPostAction": { allowed: ["administrator"], own: () => ({ postId: uuid() }), reaches: ["notFound"] },
  "app/actions/switch-city.ts#switchCityAction": { allowed: ["reviewer", "paymentReviewer", "administrator"], own: () => ({ cityId: "changsha" }), reaches: ["notFound"] },
  "app/(account)/account/actions.ts#changePasswordAction": {
    allowed: SIGNED_IN,
    own: () => ({ currentPassword: "not-the-password-1", newPassword: "Another-Password-2026", newPasswordConfirm: "Another-Password-2026" }),
  },
  "app/(account)/account/actions.ts#setMailPreferencesAction": {
    allowed: SIGNED_IN,
    own: () => ({ mutedMailKinds: ["claimPublished", "claimRejected"] }),
  },
  // Someone else's inbox item answers "not found" for every role; the own input names no item of
  // the caller (a random id), which proves the role gate and that the owner-scoped handler ran.
  "app/(account)/inbox/actions.ts#markNotificationReadAction": {
    allowed: SIGNED_IN,
    own: () => ({ notificationId: uuid() }),
    other: (w) => ({ notificationId: w.otherNotificationId }),
    reaches: MISSING_RECORD,
  },
  "app/(account)/inbox/actions.ts#markAllNotificationsReadAction": { allowed: SIGNED_IN, own: () => ({}) },
  "app/(admin)/admin/budget/actions.ts#setYearBudgetAction": { allowed: ["administrator"], own: () => ({ year: 2025, budgetYuan: "1000000" }) },
  "app/(admin)/admin/calendar/actions.ts#saveCalendarYearAction": {
    allowed: ["administrator"],
    own: () => ({ year: 2090, daysOff: "2090-01-02\n2090-10-02", workingWeekendDays: "2090-10-08", source: "矩阵测试" }),
  },
  // Policy versions: a draft started from the built-in version; the others name a version that does
  // not exist (the handler ran and answered 404). The drafting and four-eyes rules are proved by
  // tests/db/policy-workbench.test.ts.
  "app/(admin)/admin/policy/actions.ts#startPolicyDraftAction": { allowed: ["administrator"], own: () => ({ versionId: "nanchang-2015-implementation-opinions" }), crossCity: true },
  "app/(admin)/admin/policy/actions.ts#savePolicyDraftAction": {
    allowed: ["administrator"],
    own: () => ({
      versionId: uuid(),
      revision: 1,
      nameZh: "矩阵测试政策",
      nameEn: "Matrix test policy",
      effectiveFrom: "2099-01-01",
      offshoreThresholdUsd: "200000.00",
      offshoreRateYuanPerUsd: "0.20",
      offshoreAnnualCapYuan: "500000.00",
      traineeYuanInCity: "2000.00",
      institutionYuanInCity: "1500.00",
      traineeYuanElsewhere: "1000.00",
      institutionYuanElsewhere: "500.00",
      trainingMinMonths: "3",
      contractMinMonths: "12",
      fourEyesThresholdYuan: "100000.00",
      noticePeriodWorkingDays: "5",
      reconciliationTolerancePercent: "1.00",
      riskSharedClientClaimants: "3",
      riskRoundAmountMinLines: "3",
      riskRoundAmountSharePercent: "80.00",
      riskRoundUnitUsd: "10000.00",
      riskJustUnderFourEyesPercent: "5.00",
      riskConfirmationBurstCount: "10",
      riskConfirmationBurstMinutes: "5",
    }),
    reaches: MISSING_RECORD,
  },
  "app/(admin)/admin/policy/actions.ts#publishPolicyVersionAction": { allowed: ["administrator"], own: () => ({ versionId: uuid(), revision: 1 }), reaches: MISSING_RECORD },
  "app/(admin)/admin/policy/actions.ts#discardPolicyDraftAction": { allowed: ["administrator"], own: () => ({ versionId: uuid() }), reaches: MISSING_RECORD },
  "app/(admin)/admin/policy/actions.ts#startPolicyWhatIfAction": { allowed: ["administrator"], own: () => ({ versionId: uuid(), claimYear: "" }), reaches: MISSING_RECORD },
  // The destination is the organisation's own city: refused at the field after the organisation was
  // found (the row proves the gate and the city scope without moving anyone; the move itself:
  // tests/db/move-organisation.test.ts). The other city's administrator finds no such organisation.
  "app/(admin)/admin/organisations/actions.ts#moveOrganisationAction": {
    allowed: ["administrator"],
    own: (w) => ({ organisationId: w.otherInstitution.org.organisation.id, toCityId: "nanchang", district: "HONGGUTAN", address: "南昌市红谷滩区 1 号", reason: "矩阵" }),
    crossCity: true,
  },
  "app/(admin)/admin/users/actions.ts#createStaffUserAction": {
    allowed: ["administrator"],
    own: () => ({ name: "新审核", email: `staff-${uuid()}@bureau.test`, role: "REVIEWER", password: "Nanchang-Demo-2026" }),
  },
  "app/(admin)/admin/users/actions.ts#setUserDisabledAction": {
    allowed: ["administrator"],
    own: (w) => ({ userId: w.otherInstitution.org.user.id, disabled: false }),
    crossCity: true,
  },
  // Role grants: a grant that does not exist (the handler ran and answered 404); the two-administrator
  // rule itself is proved by tests/db/role-grants.test.ts.
  "app/(admin)/admin/users/actions.ts#confirmRoleGrantAction": { allowed: ["administrator"], own: () => ({ grantId: uuid() }), reaches: MISSING_RECORD },
  "app/(admin)/admin/users/actions.ts#cancelRoleGrantAction": { allowed: ["administrator"], own: () => ({ grantId: uuid() }), reaches: MISSING_RECORD },
  "app/(admin)/admin/users/actions.ts#requestPaymentRoleAction": { allowed: ["administrator"], own: () => ({ userId: uuid() }), reaches: MISSING_RECORD },
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction": {
    allowed: "public",
    own: () => ({ token: "x".repeat(40), name: "新同事", password: "Nanchang-Demo-2026" }),
  },
  "app/(auth)/signup/actions.ts#signUpAction": { allowed: "public", own: () => ({ kind: "ENTERPRISE", nameZh: "" }) },
  // No notice item in the world: proves anyone may call it and the handler ran (its "not in notice" answer).
  "app/notice/actions.ts#submitPublicObjectionAction": {
    allowed: "public",
    own: () => ({ noticeItemId: uuid(), name: "王五", contact: "13800000000", reason: "该单位已停业" }),
  },
  "app/actions/set-locale.ts#setLocale": { allowed: "public", own: () => "en", reaches: ["ok"] },

  "app/(enterprise)/enterprise/actions.ts#uploadBusinessLicenceAction": { allowed: ["enterprise"], own: () => pdfForm({}) },
  // The offer is worked out on the server from the caller's own statistics (none in this world): a year is all the input.
  "app/(enterprise)/enterprise/actions.ts#createPrefilledDraftAction": { allowed: ["enterprise"], own: () => ({ claimYear: 2025 }) },
  "app/(enterprise)/enterprise/claims/actions.ts#saveOffshoreDraftAction": {
    allowed: ["enterprise"],
    own: (w) => ({ claimId: w.enterprise.claimId, version: 1, claimYear: 2024, onshoreUsd: "0", lines: [line(w.enterprise.lineId)] }),
    other: (w) => ({ claimId: w.otherEnterprise.claimId, version: 1, claimYear: 2024, onshoreUsd: "0", lines: [line()] }),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#uploadOffshoreEvidenceAction": {
    allowed: ["enterprise"],
    own: (w) => pdfForm({ lineId: w.enterprise.lineId, kind: "FX_RECEIPT" }),
    other: (w) => pdfForm({ lineId: w.otherEnterprise.lineId, kind: "FX_RECEIPT" }),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#deleteOffshoreEvidenceAction": {
    allowed: ["enterprise"],
    own: (w) => ({ evidenceId: w.enterprise.evidenceId }),
    other: (w) => ({ evidenceId: w.otherEnterprise.evidenceId }),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#importOffshoreLinesAction": {
    allowed: ["enterprise"],
    own: (w) => csvForm({ claimId: w.enterprise.claimId, version: "0" }, "contractRegNo\n"),
    other: (w) => csvForm({ claimId: w.otherEnterprise.claimId, version: "0" }, "contractRegNo\n"),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#submitOffshoreClaimAction": {
    allowed: ["enterprise"],
    own: (w) => ({ claimId: w.enterprise.claimId, version: 0, declaration: true, submissionKey: uuid() }),
    other: (w) => ({ claimId: w.otherEnterprise.claimId, version: 0, declaration: true, submissionKey: uuid() }),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#withdrawOffshoreClaimAction": {
    allowed: ["enterprise"],
    own: (w) => ({ claimId: w.enterprise.claimId, version: 0 }),
    other: (w) => ({ claimId: w.otherEnterprise.claimId, version: 0 }),
  },
  "app/(enterprise)/enterprise/claims/actions.ts#reopenOffshoreClaimAction": {
    allowed: ["enterprise"],
    own: (w) => ({ claimId: w.enterprise.claimId, version: 0 }),
    other: (w) => ({ claimId: w.otherEnterprise.claimId, version: 0 }),
  },
  "app/(enterprise)/enterprise/api-keys/actions.ts#createApiKeyAction": {
    allowed: ["enterprise"],
    own: () => ({ name: "matrix", scopes: ["claims:read"], expiresOn: apiKeyExpiry() }),
  },
  "app/(enterprise)/enterprise/api-keys/actions.ts#revokeApiKeyAction": {
    allowed: ["enterprise"],
    own: (w) => ({ apiKeyId: w.enterprise.apiKeyId }),
    other: (w) => ({ apiKeyId: w.otherEnterprise.apiKeyId }),
  },
  "app/(enterprise)/enterprise/colleagues/actions.ts#inviteColleagueAction": {
    allowed: ["enterprise"],
    own: () => ({ email: `colleague-${uuid()}@example.test` }),
  },
  "app/(enterprise)/enterprise/employment/actions.ts#decideEmploymentAction": {
    allowed: ["enterprise"],
    own: (w) => ({ contractId: w.institution.contractId, decision: "CONFIRM" }),
    other: (w) => ({ contractId: w.otherInstitution.contractId, decision: "CONFIRM" }),
  },
  "app/(enterprise)/enterprise/profile/actions.ts#updateProfileAction": { allowed: ["enterprise"], own: () => profile },

  "app/(institution)/institution/actions.ts#uploadBusinessLicenceAction": { allowed: ["institution"], own: () => pdfForm({}) },
  "app/(institution)/institution/claims/actions.ts#createTrainingClaimAction": { allowed: ["institution"], own: () => ({ claimYear: 2025 }) },
  "app/(institution)/institution/claims/actions.ts#addTrainingClaimLineAction": {
    allowed: ["institution"],
    own: (w) => ({ claimId: w.institution.trainingClaimId, version: 0, traineeId: w.institution.traineeId }),
    other: (w) => ({ claimId: w.otherInstitution.trainingClaimId, version: 0, traineeId: w.otherInstitution.traineeId }),
  },
  "app/(institution)/institution/claims/actions.ts#addTrainingClaimLinesAction": {
    allowed: ["institution"],
    own: (w) => ({ claimId: w.institution.trainingClaimId, version: 0, traineeIds: [w.institution.traineeId] }),
    other: (w) => ({ claimId: w.otherInstitution.trainingClaimId, version: 0, traineeIds: [w.otherInstitution.traineeId] }),
  },
  "app/(institution)/institution/claims/actions.ts#removeTrainingClaimLineAction": {
    allowed: ["institution"],
    own: (w) => ({ claimId: w.institution.trainingClaimId, version: 0, lineId: uuid() }),
    other: (w) => ({ claimId: w.otherInstitution.trainingClaimId, version: 0, lineId: uuid() }),
    reaches: MISSING_RECORD,
  },
  "app/(institution)/institution/claims/actions.ts#submitTrainingClaimAction": {
    allowed: ["institution"],
    own: (w) => ({ claimId: w.institution.trainingClaimId, version: 0, declaration: true, submissionKey: uuid() }),
    other: (w) => ({ claimId: w.otherInstitution.trainingClaimId, version: 0, declaration: true, submissionKey: uuid() }),
  },
  "app/(institution)/institution/claims/actions.ts#withdrawTrainingClaimAction": {
    allowed: ["institution"],
    own: (w) => ({ claimId: w.institution.trainingClaimId, version: 0 }),
    other: (w) => ({ claimId: w.otherInstitution.trainingClaimId, version: 0 }),
  },
  "app/(institution)/institution/api-keys/actions.ts#createApiKeyAction": {
    allowed: ["institution"],
    own: () => ({ name: "matrix", scopes: ["claims:read", "claims:write"], expiresOn: apiKeyExpiry() }),
  },
  "app/(institution)/institution/api-keys/actions.ts#revokeApiKeyAction": {
    allowed: ["institution"],
    own: (w) => ({ apiKeyId: w.institution.apiKeyId }),
    other: (w) => ({ apiKeyId: w.otherInstitution.apiKeyId }),
  },
  "app/(institution)/institution/colleagues/actions.ts#inviteColleagueAction": {
    allowed: ["institution"],
    own: () => ({ email: `colleague-${uuid()}@example.test` }),
  },
  "app/(institution)/institution/profile/actions.ts#updateProfileAction": { allowed: ["institution"], own: () => ({ ...profile, district: "DONGHU" }) },
  "app/(institution)/institution/trainees/actions.ts#registerTraineeAction": {
    allowed: ["institution"],
    own: () => ({ ...trainee, idNumber: "360102200103150011" }),
  },
  "app/(institution)/institution/trainees/actions.ts#updateTraineeAction": {
    allowed: ["institution"],
    own: (w) => ({ ...trainee, traineeId: w.institution.traineeId }),
    other: (w) => ({ ...trainee, traineeId: w.otherInstitution.traineeId }),
  },
  "app/(institution)/institution/trainees/actions.ts#recordTrainingAction": {
    allowed: ["institution"],
    own: (w) => training(w.institution.traineeId),
    other: (w) => training(w.otherInstitution.traineeId),
  },
  "app/(institution)/institution/trainees/actions.ts#recordContractAction": {
    allowed: ["institution"],
    own: (w) => contract(w.institution.traineeId, w.enterprise.org.organisation.id),
    other: (w) => contract(w.otherInstitution.traineeId, w.enterprise.org.organisation.id),
  },
  "app/(institution)/institution/trainees/actions.ts#updateTrainingAction": {
    allowed: ["institution"],
    own: (w) => ({ trainingRecordId: w.institution.trainingRecordId, ...training(w.institution.traineeId) }),
    other: (w) => ({ trainingRecordId: w.otherInstitution.trainingRecordId, ...training(w.otherInstitution.traineeId) }),
  },
  "app/(institution)/institution/trainees/actions.ts#updateContractAction": {
    allowed: ["institution"],
    own: (w) => ({ contractId: w.institution.contractId, ...contract(w.institution.traineeId, w.enterprise.org.organisation.id) }),
    other: (w) => ({ contractId: w.otherInstitution.contractId, ...contract(w.otherInstitution.traineeId, w.enterprise.org.organisation.id) }),
  },
  "app/(institution)/institution/trainees/actions.ts#uploadContractEvidenceAction": {
    allowed: ["institution"],
    own: (w) => pdfForm({ contractId: w.institution.contractId }),
    other: (w) => pdfForm({ contractId: w.otherInstitution.contractId }),
  },
  "app/(institution)/institution/trainees/import/actions.ts#previewCohortAction": {
    allowed: ["institution"],
    own: () => csvForm({}, "姓名,身份证号\n"),
  },
  "app/(institution)/institution/trainees/import/actions.ts#importCohortAction": {
    allowed: ["institution"],
    own: () => csvForm({}, "姓名,身份证号\n"),
  },

  // An enterprise's own receipts (issue 18): a header-only file reaches the reader, nothing is written.
  "app/(enterprise)/enterprise/receipts/actions.ts#inspectOwnReceiptsAction": { allowed: ["enterprise"], own: () => csvForm({ kind: "FX_RECEIPTS" }, "统一社会信用代码\n") },
  "app/(enterprise)/enterprise/receipts/actions.ts#previewOwnReceiptsAction": { allowed: ["enterprise"], own: () => csvForm({ kind: "FX_RECEIPTS", mapping: "[]" }, "统一社会信用代码\n") },
  "app/(enterprise)/enterprise/receipts/actions.ts#importOwnReceiptsAction": { allowed: ["enterprise"], own: () => csvForm({ kind: "FX_RECEIPTS", mapping: "[]" }, "统一社会信用代码\n") },
  // Official-data imports (issue 18): a header-only file reaches the reader ("no rows"), nothing is written.
  "app/(review)/review/verification/actions.ts#inspectVerificationFileAction": { allowed: STAFF, own: () => csvForm({ kind: "STATISTICS" }, "统一社会信用代码,合同编号\n") },
  "app/(review)/review/verification/actions.ts#previewVerificationImportAction": { allowed: STAFF, own: () => csvForm({ kind: "FX_RECEIPTS", mapping: "[]" }, "统一社会信用代码\n") },
  "app/(review)/review/verification/actions.ts#importVerificationFileAction": { allowed: STAFF, own: () => csvForm({ kind: "STATISTICS", mapping: "[]" }, "统一社会信用代码\n") },
  "app/(review)/review/verification/actions.ts#setUsdRateAction": { allowed: STAFF, own: () => ({ year: 2024, currency: "EUR", rate: "0.92" }) },

  // Vetting an organisation that does not exist: the role gate, and the handler's own 404.
  "app/(review)/review/organisations/actions.ts#activateOrganisationAction": { allowed: STAFF, own: () => ({ organisationId: uuid() }), reaches: MISSING_RECORD },
  "app/(review)/review/organisations/actions.ts#rejectOrganisationAction": {
    allowed: STAFF,
    own: () => ({ organisationId: uuid(), reason: "营业执照不清晰" }),
    reaches: MISSING_RECORD,
  },
  "app/(review)/review/actions.ts#assignClaimAction": { allowed: STAFF, own: (w) => claimRef(w), crossCity: true },
  "app/(review)/review/actions.ts#approveClaimAction": { allowed: STAFF, own: (w) => claimRef(w), crossCity: true },
  "app/(review)/review/actions.ts#secondApproveClaimAction": { allowed: STAFF, own: (w) => claimRef(w), crossCity: true },
  "app/(review)/review/actions.ts#rejectClaimAction": { allowed: STAFF, own: (w) => ({ ...claimRef(w), reason: "材料不全" }), crossCity: true },
  "app/(review)/review/actions.ts#requestChangesAction": { allowed: STAFF, own: (w) => ({ ...claimRef(w), reason: "请补充" }), crossCity: true },
  "app/(review)/review/actions.ts#declareConflictAction": { allowed: STAFF, own: (w) => ({ organisationId: w.submittedClaim.organisationId, reason: "亲属" }), crossCity: true },
  "app/(review)/review/actions.ts#recordObjectionAction": { allowed: STAFF, own: () => ({ noticeItemId: uuid(), objection: "异议" }), reaches: MISSING_RECORD },
  "app/(review)/review/actions.ts#resolveObjectionAction": {
    allowed: STAFF,
    own: () => ({ noticeItemId: uuid(), outcome: "DISMISS", note: "无异议" }),
    reaches: MISSING_RECORD,
  },
  "app/(review)/review/actions.ts#dismissPublicObjectionAction": {
    allowed: STAFF,
    own: () => ({ publicObjectionId: uuid(), reason: "与事实不符" }),
    reaches: MISSING_RECORD,
  },
  "app/(review)/review/actions.ts#createPaymentBatchAction": { allowed: STAFF, paymentRole: true, own: () => ({}) },
  "app/(review)/review/actions.ts#confirmBankAccountChangeAction": { allowed: STAFF, paymentRole: true, own: () => ({ changeId: uuid() }), reaches: MISSING_RECORD },
  "app/(review)/review/actions.ts#markPaymentBatchPaidAction": {
    allowed: STAFF,
    paymentRole: true,
    own: () => ({ batchId: uuid(), bankReference: "CBN20260105-0001", valueDate: "2026-01-05" }),
    reaches: MISSING_RECORD,
  },
  "app/(review)/review/actions.ts#markPaymentItemFailedAction": {
    allowed: STAFF,
    paymentRole: true,
    own: () => ({ itemId: uuid(), reason: "账户已销户" }),
    reaches: MISSING_RECORD,
  },
  "app/(review)/review/actions.ts#clawBackPaymentAction": {
    allowed: STAFF,
    paymentRole: true,
    own: () => ({ itemId: uuid(), reason: "追回" }),
    reaches: MISSING_RECORD,
  },

  // Deletions last: the rows above still need the own training record and contract.
  "app/(institution)/institution/trainees/actions.ts#deleteTrainingAction": {
    allowed: ["institution"],
    own: (w) => ({ trainingRecordId: w.institution.trainingRecordId }),
    other: (w) => ({ trainingRecordId: w.otherInstitution.trainingRecordId }),
  },
  "app/(institution)/institution/trainees/actions.ts#deleteContractAction": {
    allowed: ["institution"],
    own: (w) => ({ contractId: w.institution.contractId }),
    other: (w) => ({ contractId: w.otherInstitution.contractId }),
  },
};
