// Factories shared by the demo seed and the tests. Each goes through the same domain functions
// the portal's pages call, so seeded data passes the same validation and leaves the same audit trail.
import { hashPassword } from "@/lib/auth/password";
import { randomInt } from "node:crypto";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { attachOffshoreLineEvidence } from "@/lib/offshore-claims/attach-offshore-line-evidence";
import { missingLineEvidence } from "@/lib/claim-submission/missing-line-evidence";
import type { FileStore } from "@/lib/evidence/file-store";
import { makeCreditCode, makeResidentId } from "@/lib/eligibility";
import { registerOrganisationFromInput } from "@/lib/organisations/register-organisation";
import { updateOrganisationProfileFromInput } from "@/lib/organisations/update-organisation-profile";
import { districtsForCreditCode } from "@/lib/organisations/districts";
import { readCityDistricts } from "@/lib/cities/load-city-districts";
import type { OffshoreLineInput } from "@/lib/schemas/offshore-claim";
import type { TraineeInput } from "@/lib/schemas/trainee";
import { registerTraineeFromInput } from "@/lib/trainees/register-trainee";
import { createStaffUserFromInput } from "@/lib/users/create-staff-user";
import type { OrganisationActor } from "@/lib/auth/actors";

export const DEMO_PASSWORD = "Nanchang-Demo-2026";

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function randomOrgCode(): string {
  let code = "MA";
  for (let i = 0; i < 7; i++) code += CODE_CHARS[randomInt(CODE_CHARS.length)];
  return code;
}

/** A valid credit code registered in the given region (360100… is Nanchang, 440300… Shenzhen). */
export function uniqueCreditCode(region = "360106", orgCode = randomOrgCode()): string {
  return makeCreditCode(`91${region}${orgCode}`);
}

/** A valid resident ID with the given birth date and a random sequence number. */
// The three sequence digits are all that vary for one birth date and region: drawn at random, two
// of a file's IDs collided about once in a few hundred runs (a "trainee already registered" flake).
// A counter from a random start gives each file up to 1,000 distinct IDs per birth date and region.
let residentSequence = randomInt(1000);

export function uniqueResidentId(birthDate = "20010315", region = "360102"): string {
  residentSequence = (residentSequence + 1) % 1000;
  return makeResidentId(`${region}${birthDate}${String(residentSequence).padStart(3, "0")}`);
}

interface OrganisationOptions {
  kind?: "ENTERPRISE" | "TRAINING_INSTITUTION";
  nameZh?: string;
  nameEn?: string;
  email?: string;
  userName?: string;
  region?: string;
  orgCode?: string;
  /** A district code (default: see createOrganisationWithUser). */
  district?: string;
  password?: string;
  /**
   * Whether the bureau has vetted it (default true: the demo's and the tests' organisations submit
   * claims). false leaves it as sign-up leaves it, awaiting vetting (lib/organisations/activate-organisation.ts).
   */
  vetted?: boolean;
  /** The payout account, entered through the profile as a member would; null leaves none (a claim then cannot be submitted). */
  bankAccount?: string | null;
  /** Where it is (default a Nanchang address) and its bank: another city's demo organisation says its own. */
  address?: string;
  bankName?: string;
}

/** The account every factory-made organisation gets unless told otherwise. */
export const DEFAULT_ORGANISATION_BANK_ACCOUNT = "6216610100007654321";

export async function createOrganisationWithUser(prisma: PrismaClient, options: OrganisationOptions = {}) {
  const region = options.region ?? "360106";
  const creditCode = uniqueCreditCode(region, options.orgCode);
  const suffix = randomInt(1_000_000).toString().padStart(6, "0");
  const { organisation, user } = await registerOrganisationFromInput(prisma, {
    kind: options.kind ?? "ENTERPRISE",
    nameZh: options.nameZh ?? `测试服务外包有限公司${suffix}`,
    nameEn: options.nameEn ?? `Test Outsourcing Co. ${suffix}`,
    creditCode,
    // The first district the sign-up form would offer this code (Nanchang's: Honggutan), or "outside".
    district: options.district ?? (region.startsWith("3601") ? "HONGGUTAN" : districtsForCreditCode(creditCode, await readCityDistricts(prisma))[0]!),
    address: options.address ?? "南昌市红谷滩区会展路 1 号",
    contactName: options.userName ?? "张经理",
    contactPhone: "13800000000",
    userName: options.userName ?? "张经理",
    email: options.email ?? `user${suffix}@example.test`,
    password: options.password ?? DEMO_PASSWORD,
    passwordConfirm: options.password ?? DEMO_PASSWORD,
  });
  const actor: OrganisationActor = { id: user.id, role: user.role, organisationId: organisation.id, cityId: organisation.cityId };
  const bankAccount = options.bankAccount === undefined ? DEFAULT_ORGANISATION_BANK_ACCOUNT : options.bankAccount;
  if (bankAccount !== null) {
    // A first account with nothing granted yet: stored at once, no reviewer confirmation needed.
    await updateOrganisationProfileFromInput(prisma, actor, {
      nameZh: organisation.nameZh,
      nameEn: organisation.nameEn ?? "",
      district: organisation.district,
      address: organisation.address,
      contactName: organisation.contactName,
      contactPhone: organisation.contactPhone,
      contactEmail: organisation.contactEmail,
      bankAccountName: organisation.nameZh,
      bankName: options.bankName ?? "中国银行南昌分行",
      bankAccount,
    });
  }
  if (options.vetted ?? true) await prisma.organisation.update({ where: { id: organisation.id }, data: { status: "ACTIVE", vettedAt: new Date() } });
  return { organisation: await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } }), user, actor };
}

export async function createStaff(
  prisma: PrismaClient,
  options: { email: string; name: string; role: "REVIEWER" | "ADMINISTRATOR"; canReleasePayments?: boolean; password?: string; cityId?: string },
) {
  const { cityId, ...input } = options;
  return createStaffUserFromInput(prisma, { id: null, role: "SYSTEM" }, { ...input, password: options.password ?? DEMO_PASSWORD }, cityId);
}

/** The province's administrator (no city, no organisation): made directly, as only the seed and set-up scripts make one. */
export async function createProvinceAdministrator(prisma: PrismaClient, options: { email: string; name: string; password?: string }) {
  return prisma.user.create({
    data: { email: options.email, name: options.name, role: "PROVINCE_ADMINISTRATOR", passwordHash: await hashPassword(options.password ?? DEMO_PASSWORD) },
  });
}

/** The actor a staff row made by createStaff acts as, as the action clients build it from a session. */
export function staffActor(user: { id: string; role: Role; cityId: string | null; canReleasePayments: boolean }) {
  return { id: user.id, role: user.role, cityId: user.cityId!, canReleasePayments: user.canReleasePayments };
}

let lineCounter = 0;
export function offshoreLine(overrides: Partial<OffshoreLineInput> = {}): OffshoreLineInput {
  lineCounter++;
  return {
    contractRegNo: `SO${Date.now().toString(36).toUpperCase()}${lineCounter}${randomInt(1000)}`,
    clientName: "Acme Software Ltd.",
    clientCountry: "US",
    serviceCategory: "SOFTWARE",
    contractValueUsd: "500000.00",
    executedUsd: "300000.00",
    fxReceiptDate: "2024-06-30",
    ...overrides,
  };
}

/** A minimal PDF (the evidence module recognises it by its bytes): the scan of a seeded receipt. */
export const EVIDENCE_PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/**
 * Uploads to each line of an editable claim the evidence it still lacks for submission (the rule
 * the submission applies, lib/claim-submission/missing-line-evidence.ts), as the applicant would
 * on the claim page. The files go to `store` (by default the process's, EVIDENCE_DIR).
 */
export async function attachRequiredOffshoreEvidence(prisma: PrismaClient, actor: OrganisationActor, claimId: string, store?: FileStore) {
  const lines = await prisma.offshoreContractLine.findMany({
    where: { claimId },
    select: { id: true, lineNo: true, contractRegNo: true, evidence: { select: { kind: true } } },
  });
  for (const line of missingLineEvidence(lines)) {
    for (const kind of line.missing) await attachOffshoreLineEvidence(prisma, actor, { lineId: line.lineId, kind, bytes: EVIDENCE_PDF }, store);
  }
}

/**
 * A draft, or with `submit` a submitted claim: each line then gets the evidence a submission
 * needs first (into `store`), unless `evidence: false` leaves the lines as they are.
 */
export async function createOffshoreClaim(
  prisma: PrismaClient,
  actor: OrganisationActor,
  options: { claimYear: number; lines: OffshoreLineInput[]; onshoreUsd?: string; submit?: boolean; evidence?: boolean; store?: FileStore },
) {
  const draft = await saveOffshoreClaimDraftFromInput(prisma, actor, {
    claimYear: options.claimYear,
    onshoreUsd: options.onshoreUsd ?? "0",
    lines: options.lines,
  });
  if (options.evidence ?? options.submit) await attachRequiredOffshoreEvidence(prisma, actor, draft.id, options.store);
  if (!options.submit) return draft;
  return submitOffshoreClaimFromInput(prisma, actor, {
    claimId: draft.id,
    version: draft.version,
    declaration: true,
    submissionKey: crypto.randomUUID(),
  });
}

export function traineeInput(overrides: Partial<TraineeInput> = {}): TraineeInput {
  return {
    name: "李明",
    idNumber: uniqueResidentId(),
    college: "南昌大学",
    collegeLevel: "UNDERGRADUATE",
    studentStatus: "GRADUATE",
    phone: "13900000000",
    bankName: "中国银行南昌分行",
    bankAccount: "6216610100001234567",
    ...overrides,
  };
}

export function createTrainee(prisma: PrismaClient, actor: OrganisationActor, overrides: Partial<TraineeInput> = {}) {
  return registerTraineeFromInput(prisma, actor, traineeInput(overrides));
}
