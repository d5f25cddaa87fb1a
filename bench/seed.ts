// The bench city: a large, deterministic data set written with bulk SQL that produces the rows
// the domain layer would (amounts from lib/eligibility, encrypted/hashed IDs from lib/crypto,
// valid credit codes and resident IDs, ledger + year grants within the cap, a valid audit chain).
//
//   npm run bench:seed                          PostgreSQL at BENCH_DATABASE_URL (dropped and
//                                               re-created): 5,000 enterprises, 300 institutions,
//                                               200,000 trainees, 100,000 claims (2021–2025)
//   npm run bench:seed -- --pglite <dir>        PGlite directory (wiped): a tenth of that
//                                               (10,000 claims)
//   BENCH_CITIES=3 npm run bench:seed           the same data for each of 3 cities (Nanchang
//                                               first, byte for byte the one-city seed's rows;
//                                               then Changsha, Wuhan, …; up to 5): issue 22
//
// Test-only secrets are set when the environment has none (bench/lib/common.ts); `npm run bench`
// uses the same ones, so the server can decrypt what the seed encrypted.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyBenchSecrets, BENCH_DATABASE_URL, BENCH_SEED, Random } from "./lib/common";
import { BulkGroup, BulkTable, queryableOf } from "./lib/bulk";

import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../tooling/db/migrate";
import { encryptPii, lookupHash } from "../lib/crypto/pii";
import { auditGenesisHash, auditStripeFor, computeAuditHash } from "../lib/audit/audit-hash";
import { hashPassword } from "../lib/auth/password";
import * as elig from "../lib/eligibility";
import { BUILT_IN_CITY_ID } from "../lib/cities/find-city";
import { ensureBuiltInPolicyVersions } from "../lib/policy/ensure-built-in-policy-versions";
import { clearPolicyVersionCache, loadPolicyVersions } from "../lib/policy/load-policy-versions";
import { offshoreClaimSnapshot } from "../lib/offshore-claims/offshore-claim-snapshot";
import { createStaff, DEMO_PASSWORD } from "../prisma/seed/factories";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";
import { districtsOfCity } from "../lib/organisations/districts";
import { readCityDistricts } from "../lib/cities/load-city-districts";
import { ensureSecondCity, SECOND_CITY } from "../prisma/seed/second-city";
import { benchCities, OUTSIDE_REGIONS, type BenchCity } from "./lib/bench-cities";
import { DECIDED_STATUSES, GRANTED_STATUSES, REVIEWABLE_STATUSES, type ClaimStatus } from "../lib/claim-lifecycle";

const secretsSet = applyBenchSecrets();

type Status = ClaimStatus;

// ───────────────────────────── arguments and scale ─────────────────────────────

const args = process.argv.slice(2);
const pgliteIndex = args.indexOf("--pglite");
const pgliteDir = pgliteIndex >= 0 ? path.resolve(args[pgliteIndex + 1] ?? ".data/portal_bench_pglite") : null;
const scale = pgliteDir ? 0.1 : Number(process.env.BENCH_SCALE ?? 1);
// Each city gets the full data set below, so Nanchang (the city measured) keeps the size the
// earlier runs had and its numbers stay comparable; the tables hold CITIES.length times as much.
const CITIES = benchCities(process.env.BENCH_CITIES);

const ENTERPRISES = Math.round(5000 * scale);
const INSTITUTIONS = Math.round(300 * scale);
const TRAINEES = Math.round(200_000 * scale);
const CLAIMS = Math.round(100_000 * scale);
const YEARS = [2021, 2022, 2023, 2024, 2025];
/** Offshore claims: one per enterprise and year, 88 % of enterprise-years (about 22,000 at full scale). */
const OFFSHORE_SHARE = 0.88;
const BATCH = 5000;
const NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const DAY = 86_400_000;

const rand = new Random(BENCH_SEED);
const started = performance.now();
const elapsed = () => ((performance.now() - started) / 1000).toFixed(1) + " s";
const log = (line: string) => console.log(`[${elapsed().padStart(7)}] ${line}`);

// ───────────────────────────── database ─────────────────────────────

async function freshPostgres(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^portal_bench\w*$/.test(name)) throw new Error(`refusing to drop "${name}": bench database names start with portal_bench`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

async function main() {
let databaseUrl: string;
if (pgliteDir) {
  fs.rmSync(pgliteDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(pgliteDir), { recursive: true });
  databaseUrl = pgliteDir;
} else {
  await freshPostgres(BENCH_DATABASE_URL);
  databaseUrl = BENCH_DATABASE_URL;
}
log(`bench seed ${BENCH_SEED} into ${pgliteDir ? `PGlite ${pgliteDir}` : databaseUrl} (scale ${scale})${secretsSet ? "; test-only secrets set (none in the environment)" : ""}`);

const handle = createPrismaClient(databaseUrl);
await applyMigrations({ db: handle, log: false });
const prisma = handle.prisma;
log("migrations applied");

// Through the domain layer: policy versions and the demo bureau staff (the bench signs in as them).
await ensureBuiltInPolicyVersions(prisma);
const admin = await createStaff(prisma, { email: DEMO_ACCOUNTS.administrator, name: "王管理", role: "ADMINISTRATOR" });
const reviewer = await createStaff(prisma, { email: DEMO_ACCOUNTS.reviewer, name: "刘审核", role: "REVIEWER", canReleasePayments: true });
const reviewer2 = await createStaff(prisma, { email: DEMO_ACCOUNTS.secondReviewer, name: "陈复核", role: "REVIEWER" });
interface CityStaff { admin: { id: string }; reviewer: { id: string }; reviewer2: { id: string } }
const staffOf = new Map<string, CityStaff>([[BUILT_IN_CITY_ID, { admin, reviewer, reviewer2 }]]);
// The other cities, as the province administrator would add them (lib/cities/create-city.ts: the
// city, its staff, its policy), before the bulk rows: the domain layer writes the staff's audit
// entries, and the bulk audit rows below chain after them. Changsha brings the demo's own policy
// (other rates than Nanchang's); the cities after it publish the built-in versions as theirs.
for (const city of CITIES.slice(1)) {
  const { id, nameZh, nameEn, divisionPrefixes, bureauNameZh, bureauNameEn } = city;
  if (id === SECOND_CITY.id) await ensureSecondCity(prisma);
  else {
    await prisma.city.create({ data: { id, nameZh, nameEn, divisionPrefixes, bureauNameZh, bureauNameEn } });
    await prisma.policyVersion.createMany({
      data: elig.BUILT_IN_POLICY_VERSIONS.map((policy) => ({ ...elig.policyVersionToRow(policy), id: `${id}-${policy.id}`, status: "PUBLISHED" as const, cityId: id })),
    });
  }
  const domain = `${city.tag.toLowerCase()}.bench.gov.cn`;
  staffOf.set(id, {
    admin: await createStaff(prisma, { email: `admin@${domain}`, name: `${city.shortZh}管理`, role: "ADMINISTRATOR", cityId: id }),
    reviewer: await createStaff(prisma, { email: `reviewer@${domain}`, name: `${city.shortZh}审核`, role: "REVIEWER", canReleasePayments: true, cityId: id }),
    reviewer2: await createStaff(prisma, { email: `second-reviewer@${domain}`, name: `${city.shortZh}复核`, role: "REVIEWER", cityId: id }),
  });
}
const lastAudit = await prisma.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
// The audit log is striped (lib/audit): the newest entry of each stripe the domain layer wrote.
const lastAuditPerChain = await prisma.$queryRaw<Array<{ chain: number; hash: string }>>`SELECT DISTINCT ON ("chain") "chain", "hash" FROM "AuditEntry" ORDER BY "chain", "seq" DESC`;
const passwordHash = await hashPassword(DEMO_PASSWORD);
const policiesOf = new Map<string, elig.EligibilityPolicy[]>();
clearPolicyVersionCache(); // the other cities' versions were inserted without the domain's cache clearing
for (const city of CITIES) policiesOf.set(city.id, await loadPolicyVersions(prisma, city.id));
log(`${CITIES.length} ${CITIES.length === 1 ? "city" : "cities"} (${CITIES.map((c) => c.id).join(", ")}); policy versions and staff created through the domain layer (${[...policiesOf.values()].map((p) => p.length).join(" + ")} policies)`);

// ───────────────────────────── tables ─────────────────────────────

// Nanchang's districts as its migration lists them (the same codes, in the same order, as when they were code).
const NANCHANG = CITIES.find((c) => c.id === BUILT_IN_CITY_ID);
if (NANCHANG && NANCHANG.districts.length === 0) NANCHANG.districts = districtsOfCity(await readCityDistricts(prisma), BUILT_IN_CITY_ID);
const T = (name: string, cols: Array<[string, string]>) => new BulkTable(name, cols);
const organisation = T("Organisation", [
  ["id", "uuid"], ["cityId", "text"], ["kind", '"OrganisationKind"'], ["nameZh", "text"], ["nameEn", "text"], ["creditCode", "text"], ["regionCode", "text"],
  ["inNanchang", "boolean"], ["district", "text"], ["address", "text"], ["contactName", "text"], ["contactPhone", "text"], ["contactEmail", "text"],
  ["bankAccountName", "text"], ["bankName", "text"], ["bankAccountEnc", "text"], ["bankAccountLast4", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const user = T("User", [
  ["id", "uuid"], ["cityId", "text"], ["email", "text"], ["name", "text"], ["passwordHash", "text"], ["role", '"Role"'], ["canReleasePayments", "boolean"],
  ["organisationId", "uuid"], ["locale", "text"], ["passwordChangedAt", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const person = T("Person", [["id", "uuid"], ["idNumberHash", "text"], ["idNumberEnc", "text"], ["idNumberMasked", "text"], ["birthDate", "date"], ["createdAt", "timestamp(3)"]]);
const trainee = T("Trainee", [
  ["id", "uuid"], ["institutionId", "uuid"], ["personId", "uuid"], ["name", "text"], ["college", "text"], ["collegeLevel", '"CollegeLevel"'],
  ["studentStatus", '"StudentStatus"'], ["phone", "text"], ["bankName", "text"], ["bankAccountEnc", "text"], ["bankAccountLast4", "text"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const trainingRecord = T("TrainingRecord", [
  ["id", "uuid"], ["traineeId", "uuid"], ["courseName", "text"], ["startDate", "date"], ["endDate", "date"], ["examPassed", "boolean"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const certificate = T("Certificate", [["id", "uuid"], ["trainingRecordId", "uuid"], ["certificateNo", "text"], ["issuedOn", "date"], ["createdAt", "timestamp(3)"]]);
const contract = T("EmploymentContract", [
  ["id", "uuid"], ["traineeId", "uuid"], ["employerOrganisationId", "uuid"], ["outsideEmployerName", "text"], ["outsideEmployerCreditCode", "text"], ["outsideEmployerCity", "text"],
  ["employerIsServiceOutsourcing", "boolean"], ["employerInNanchang", "boolean"], ["signedOn", "date"], ["startDate", "date"], ["endDate", "date"],
  ["confirmation", '"EmployerConfirmation"'], ["confirmedById", "uuid"], ["confirmedAt", "timestamp(3)"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const claimCols: Array<[string, string]> = [
  ["id", "uuid"], ["cityId", "text"], ["claimNo", "text"], ["claimYear", "int4"], ["status", '"ClaimStatus"'], ["declarationAcceptedAt", "timestamp(3)"], ["submissionKey", "text"],
  ["submittedAt", "timestamp(3)"], ["submissionCount", "int4"], ["decidedAt", "timestamp(3)"], ["assignedReviewerId", "uuid"], ["flagged", "boolean"], ["version", "int4"],
  ["createdById", "uuid"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
];
const offshoreClaim = T("OffshoreClaim", [
  ...claimCols, ["organisationId", "uuid"], ["onshoreUsdCents", "int8"], ["offshoreUsdCents", "int8"], ["entitlementFen", "int4"], ["grantedFen", "int4"], ["policyVersionId", "text"], ["evaluation", "jsonb"],
]);
// The official data (issue 18): what the statistics system and the bank would hold for the seeded lines.
const statisticsExecution = T("StatisticsExecution", [
  ["id", "uuid"], ["cityId", "text"], ["creditCode", "text"], ["contractNo", "text"], ["clientName", "text"], ["clientCountry", "text"], ["executedMinor", "int8"],
  ["contractMinor", "int8"], ["serviceCategory", "text"], ["currency", "text"], ["periodStart", "date"], ["periodEnd", "date"], ["createdAt", "timestamp(3)"],
]);
const fxReceipt = T("FxReceipt", [
  ["id", "uuid"], ["cityId", "text"], ["creditCode", "text"], ["receivedOn", "date"], ["amountMinor", "int8"], ["currency", "text"], ["payerName", "text"],
  ["payerCountry", "text"], ["bankReference", "text"], ["source", '"FxReceiptSource"'], ["createdAt", "timestamp(3)"],
]);
const offshoreLine = T("OffshoreContractLine", [
  ["id", "uuid"], ["claimId", "uuid"], ["lineNo", "int4"], ["contractRegNo", "text"], ["clientName", "text"], ["clientCountry", "text"], ["serviceCategory", '"ServiceCategory"'],
  ["contractValueUsdCents", "int8"], ["executedUsdCents", "int8"], ["fxReceiptDate", "date"], ["createdAt", "timestamp(3)"], ["updatedAt", "timestamp(3)"],
]);
const trainingClaim = T("TrainingClaim", [...claimCols, ["institutionId", "uuid"], ["traineeTotalFen", "int4"], ["institutionTotalFen", "int4"]]);
const trainingLine = T("TrainingClaimLine", [
  ["id", "uuid"], ["claimId", "uuid"], ["traineeId", "uuid"], ["personId", "uuid"], ["trainingRecordId", "uuid"], ["contractId", "uuid"], ["policyVersionId", "text"],
  ["eligible", "boolean"], ["traineeFen", "int4"], ["institutionFen", "int4"], ["evaluation", "jsonb"], ["decision", '"LineDecision"'], ["createdAt", "timestamp(3)"],
]);
const submission = T("ClaimSubmission", [
  ["id", "uuid"], ["claimKind", '"ClaimKind"'], ["offshoreClaimId", "uuid"], ["trainingClaimId", "uuid"], ["sequence", "int4"], ["snapshot", "jsonb"], ["evaluation", "jsonb"],
  ["submittedById", "uuid"], ["submittedAt", "timestamp(3)"],
]);
const decision = T("ReviewDecision", [
  ["id", "uuid"], ["claimKind", '"ClaimKind"'], ["offshoreClaimId", "uuid"], ["trainingClaimId", "uuid"], ["reviewerId", "uuid"], ["decision", '"DecisionKind"'],
  ["reason", "text"], ["amountFen", "int4"], ["createdAt", "timestamp(3)"],
]);
const ledger = T("LedgerEntry", [
  ["id", "uuid"], ["rule", '"SubsidyRule"'], ["claimYear", "int4"], ["payeeKind", '"PayeeKind"'], ["organisationId", "uuid"], ["personId", "uuid"], ["amountFen", "int4"],
  ["offshoreClaimId", "uuid"], ["trainingClaimId", "uuid"], ["trainingLineId", "uuid"], ["grantKey", "text"], ["createdById", "uuid"], ["createdAt", "timestamp(3)"],
]);
const yearGrant = T("EnterpriseYearGrant", [["organisationId", "uuid"], ["claimYear", "int4"], ["grantedFen", "int4"], ["capFen", "int4"], ["updatedAt", "timestamp(3)"]]);
const notice = T("NoticeItem", [
  ["id", "uuid"], ["cityId", "text"], ["ledgerEntryId", "uuid"], ["publicName", "text"], ["amountFen", "int4"], ["publishedAt", "timestamp(3)"], ["endsAt", "timestamp(3)"], ["status", '"NoticeStatus"'],
]);
const batch = T("PaymentBatch", [
  ["id", "uuid"], ["cityId", "text"], ["batchNo", "text"], ["status", '"BatchStatus"'], ["totalFen", "int8"], ["createdById", "uuid"], ["exportedAt", "timestamp(3)"], ["paidAt", "timestamp(3)"], ["createdAt", "timestamp(3)"],
]);
const paymentItem = T("PaymentItem", [["id", "uuid"], ["batchId", "uuid"], ["ledgerEntryId", "uuid"], ["status", '"PaymentItemStatus"'], ["createdAt", "timestamp(3)"]]);
const audit = T("AuditEntry", [
  ["seq", "int8"], ["at", "timestamp(3)"], ["actorId", "uuid"], ["actorRole", "text"], ["action", "text"], ["targetType", "text"], ["targetId", "text"], ["result", "text"],
  ["details", "jsonb"], ["ipAddress", "text"], ["chain", "int4"], ["prevHash", "text"], ["hash", "text"],
]);
const yearBudget = T("YearBudget", [["cityId", "text"], ["year", "int4"], ["budgetFen", "int8"], ["updatedAt", "timestamp(3)"]]);

// ───────────────────────────── audit chain ─────────────────────────────

let auditSeq = lastAudit?.seq ?? 0n;
// Each row goes to its target's stripe, chained after that stripe's previous entry, as appendAuditEntry does.
const auditPrev = new Map<number, string>(lastAuditPerChain.map((r) => [Number(r.chain), r.hash]));
function auditRow(at: number, actorId: string | null, actorRole: string | null, action: string, targetType: string, targetId: string, details: Record<string, unknown> | null) {
  const row = { at: new Date(at), actorId, actorRole, action, targetType, targetId, result: "success", details, ipAddress: "127.0.0.1" };
  const chain = auditStripeFor(targetType, targetId);
  const prevHash = auditPrev.get(chain) ?? auditGenesisHash(chain);
  const hash = computeAuditHash(prevHash, row);
  auditSeq += 1n;
  audit.add({ ...row, seq: auditSeq, details: details === null ? null : JSON.stringify(details), chain, prevHash, hash });
  auditPrev.set(chain, hash);
}

// ───────────────────────────── helpers ─────────────────────────────

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function base(n: number, chars: string, width: number): string {
  let s = "";
  for (let i = 0; i < width; i++) {
    s = chars[n % chars.length] + s;
    n = Math.floor(n / chars.length);
  }
  return s;
}
const claimCounters = new Map<string, number>();
/** Like newClaimNumber (rule, year, six Crockford characters) but deterministic and collision-free. */
function claimNumber(rule: "A" | "B", year: number): string {
  const key = `${rule}${year}`;
  const n = claimCounters.get(key) ?? 0;
  claimCounters.set(key, n + 1);
  return `${rule}${year}-${base((n * 7919 + 104_729) % 32 ** 6, CROCKFORD, 6)}`;
}
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const WORDS = ["赣江", "洪城", "滕王", "豫章", "红谷", "青山", "象湖", "瑶湖", "艾溪", "梅岭", "昌北", "八一", "秋水", "朝阳", "前湖", "九龙"];
const TRADES = ["软件", "数据服务", "信息技术", "动漫游戏", "金融外包", "呼叫中心", "物流科技", "医药研发"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂".split("");
const COUNTRIES = ["US", "JP", "DE", "GB", "SG", "KR", "FR", "HK", "AU", "CA"];
const CATEGORIES = ["SOFTWARE", "INFORMATION_TECHNOLOGY", "CALL_CENTRE", "ANIMATION_GAMES", "FINANCE", "CULTURAL_CREATIVE", "INTERNET_PLUS", "BIOMEDICINE", "LOGISTICS", "MEDICAL", "WHOLESALE_RETAIL", "OTHER"];
const personName = () => rand.pick(SURNAMES) + rand.pick(GIVEN) + (rand.chance(0.5) ? rand.pick(GIVEN) : "");
const maskName = (name: string) => name[0] + "*".repeat(name.length - 1);

const STATUS_WEIGHTS: Record<number, Partial<Record<Status, number>>> = {
  2021: { PAID: 60, REJECTED: 15, WITHDRAWN: 10, PAYABLE: 10, APPROVED: 5 },
  2022: { PAID: 55, REJECTED: 15, WITHDRAWN: 10, PAYABLE: 12, APPROVED: 8 },
  2023: { PAID: 40, PAYABLE: 15, IN_NOTICE: 10, APPROVED: 10, REJECTED: 15, WITHDRAWN: 10 },
  2024: { SUBMITTED: 15, UNDER_REVIEW: 20, CHANGES_REQUESTED: 8, AWAITING_SECOND_APPROVAL: 7, APPROVED: 10, IN_NOTICE: 15, PAYABLE: 5, REJECTED: 10, WITHDRAWN: 5, DRAFT: 5 },
  2025: { DRAFT: 25, SUBMITTED: 30, UNDER_REVIEW: 20, CHANGES_REQUESTED: 10, AWAITING_SECOND_APPROVAL: 5, APPROVED: 5, REJECTED: 5 },
};
const GRANTED: Status[] = GRANTED_STATUSES;
const DECIDED: Status[] = DECIDED_STATUSES;
// Statuses in which the synthetic claim has had a reviewer: everything the bureau sees but a fresh submission.
const ASSIGNED: Status[] = REVIEWABLE_STATUSES.filter((s) => s !== "SUBMITTED");

const progress = (t: BulkTable) => log(`  ${t.name.padEnd(22)} ${t.rowsWritten.toLocaleString("en-US").padStart(9)} rows`);
const session = queryableOf(handle.raw);
const statusCount: Record<string, number> = {};
/** Per cent of seeded lines the official data deliberately contradict, each in one way. */
const OFFICIAL_DATA_OFF = { notInStatistics: 2, executedDiffers: 2, receiptsShort: 2 };
const officialDataOff = { notInStatistics: 0, executedDiffers: 0, receiptsShort: 0, lines: 0 };
let receiptSeq = 0;

/**
 * One city's organisations, staff, trainees, claims, grants, payments and budgets. Called for each
 * city in turn with the same random stream, Nanchang first, so Nanchang's rows do not depend on
 * how many cities follow it. (The body keeps the one-city seed's indentation, as main's does.)
 */
async function seedCity(city: BenchCity, cityIndex: number) {
const CITY = city.id;
const { admin, reviewer, reviewer2 } = staffOf.get(CITY)!;
const policies = policiesOf.get(CITY)!;
const policyFor = (year: number) => elig.policyInForceForClaimYear(year, policies);
// Nanchang keeps the one-city seed's identifiers; another city's carry its tag.
const mailDomain = city.tag ? `${city.tag.toLowerCase()}.bench.example` : "bench.example";
const bankName = `中国银行${city.shortZh}分行`;
// Enterprises outside every city have the same regions in each city's data: their credit codes' serial part must differ.
const codeSerialOffset = cityIndex * 10_000_000;
log(`city ${CITY} (${city.nameZh})`);

// ───────────────────────────── organisations and users ─────────────────────────────

const reviewerIds = [reviewer.id, reviewer2.id];
const benchReviewers = T("User", user.columns as Array<[string, string]>);
for (let i = 0; i < 10; i++) {
  const id = rand.uuid7(NOW - 900 * DAY);
  reviewerIds.push(id);
  benchReviewers.add({ id, cityId: CITY, email: `reviewer${i + 1}@${city.tag ? `${city.tag.toLowerCase()}.bench.gov.cn` : "bench.nc.gov.cn"}`, name: `审核员${i + 1}`, passwordHash, role: "REVIEWER", canReleasePayments: false, organisationId: null, locale: "zh-CN", passwordChangedAt: new Date(NOW - 900 * DAY), createdAt: new Date(NOW - 900 * DAY), updatedAt: new Date(NOW - 900 * DAY) });
  auditRow(NOW - 900 * DAY, admin.id, "ADMINISTRATOR", "user.create-staff", "User", id, { role: "REVIEWER", canReleasePayments: false });
}
await benchReviewers.flush(session);

interface Org { id: string; userId: string; nameZh: string; inCity: boolean; creditCode: string }
const enterprises: Org[] = [];
const institutions: Org[] = [];
const orgGroup = new BulkGroup(session, [organisation, user, audit], BATCH, progress);
function addOrganisation(kind: "ENTERPRISE" | "TRAINING_INSTITUTION", i: number): Org {
  const inCity = kind === "TRAINING_INSTITUTION" || rand.chance(0.9);
  const region = inCity ? rand.pick(city.regions) : rand.pick(OUTSIDE_REGIONS);
  const creditCode = elig.makeCreditCode(`91${region}${kind === "ENTERPRISE" ? "MA" : "MB"}${base(codeSerialOffset + i, CODE_CHARS, 7)}`);
  const created = NOW - rand.int(700, 2400) * DAY;
  const id = rand.uuid7(created);
  const word = rand.pick(WORDS);
  const nameZh = kind === "ENTERPRISE" ? `${inCity ? city.shortZh : "深圳"}${word}${rand.pick(TRADES)}有限公司${i + 1}` : `${city.shortZh}${word}服务外包培训学院${i + 1}`;
  const contact = personName();
  const email = `${kind === "ENTERPRISE" ? "e" : "t"}${i + 1}@${mailDomain}`;
  const account = `62166101${String(10_000_000_000 + i).slice(1)}`;
  organisation.add({
    cityId: CITY,
    id, kind, nameZh, nameEn: `${kind === "ENTERPRISE" ? "Bench Outsourcing Co." : "Bench Training College"} ${i + 1}`, creditCode, regionCode: region,
    // The stored flag keeps its Nanchang name (docs/design/several-cities.md): set as sign-up sets it, from the code.
    inNanchang: elig.isNanchangCreditCode(creditCode),
    district: inCity ? rand.pick(city.districts) : "OUTSIDE_NANCHANG", address: `${city.nameZh}${word}路${i + 1}号`, contactName: contact, contactPhone: `138${String(i).padStart(8, "0")}`,
    contactEmail: email, bankAccountName: nameZh, bankName, bankAccountEnc: encryptPii(account), bankAccountLast4: account.slice(-4), createdAt: new Date(created), updatedAt: new Date(created),
  });
  const userId = rand.uuid7(created);
  user.add({ id: userId, cityId: null, email, name: contact, passwordHash, role: kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER", canReleasePayments: false, organisationId: id, locale: "zh-CN", passwordChangedAt: new Date(created), createdAt: new Date(created), updatedAt: new Date(created) });
  auditRow(created, userId, kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER", "organisation.register", "Organisation", id, { kind, creditCode });
  return { id, userId, nameZh, inCity, creditCode };
}
for (let i = 0; i < ENTERPRISES; i++) {
  enterprises.push(addOrganisation("ENTERPRISE", i));
  await orgGroup.maybeFlush();
}
for (let i = 0; i < INSTITUTIONS; i++) {
  institutions.push(addOrganisation("TRAINING_INSTITUTION", i));
  await orgGroup.maybeFlush();
}
await orgGroup.flush();
const cityEnterprises = enterprises.filter((e) => e.inCity);

// ───────────────────────────── trainees ─────────────────────────────

interface TraineeRef { traineeId: string; personId: string; recordId: string; contractId: string; name: string; input: import("../lib/eligibility").TrainingSubsidyInput }
/** Per institution, per cohort year: trainees not yet on a claim. */
const pools = institutions.map(() => new Map<number, TraineeRef[]>());
const traineeGroup = new BulkGroup(session, [person, trainee, trainingRecord, certificate, contract, audit], BATCH, progress);
for (let k = 0; k < TRAINEES; k++) {
  const instIndex = k % INSTITUTIONS;
  const inst = institutions[instIndex]!;
  const local = Math.floor(k / INSTITUTIONS);
  const year = YEARS[local % YEARS.length]!;
  const birth = dateOf("1995-01-01") + (k % 3650) * DAY;
  const idNumber = elig.makeResidentId(`${city.regions[k % city.regions.length]}${isoDate(birth).replaceAll("-", "")}${String(Math.floor(k / 3650) % 1000).padStart(3, "0")}`);
  const created = Date.UTC(year, 0, 5) + rand.int(0, 40) * DAY;
  const personId = rand.uuid7(created);
  person.add({ id: personId, idNumberHash: lookupHash(elig.normaliseResidentId(idNumber)), idNumberEnc: encryptPii(idNumber), idNumberMasked: elig.maskResidentId(idNumber), birthDate: isoDate(birth), createdAt: new Date(created) });
  const traineeId = rand.uuid7(created);
  const name = personName();
  const account = `62170000${String(10_000_000_000 + k).slice(1)}`;
  trainee.add({
    id: traineeId, institutionId: inst.id, personId, name, college: rand.pick(city.colleges), collegeLevel: rand.weighted({ UNDERGRADUATE: 60, JUNIOR_COLLEGE: 25, POSTGRADUATE: 5, VOCATIONAL: 10 }),
    studentStatus: rand.chance(0.97) ? "GRADUATE" : "STUDENT", phone: `139${String(k).padStart(8, "0")}`, bankName, bankAccountEnc: encryptPii(account), bankAccountLast4: account.slice(-4),
    createdAt: new Date(created), updatedAt: new Date(created),
  });
  const trainingStart = Date.UTC(year, 1, 1) + rand.int(0, 120) * DAY;
  const trainingEnd = trainingStart + rand.int(95, 150) * DAY;
  const examPassed = rand.chance(0.93);
  const recordId = rand.uuid7(trainingStart);
  trainingRecord.add({ id: recordId, traineeId, courseName: rand.pick(["软件测试", "Java 开发", "日语呼叫中心", "数据标注", "动漫设计"]), startDate: isoDate(trainingStart), endDate: isoDate(trainingEnd), examPassed, createdAt: new Date(trainingStart), updatedAt: new Date(trainingEnd) });
  const certificateNo = examPassed ? `${city.tag || "NC"}SO-${year}-${String(k).padStart(7, "0")}` : null;
  if (certificateNo) certificate.add({ id: rand.uuid7(trainingEnd), trainingRecordId: recordId, certificateNo, issuedOn: isoDate(trainingEnd + 7 * DAY), createdAt: new Date(trainingEnd + 7 * DAY) });
  const signed = trainingEnd + rand.int(-3, 60) * DAY;
  const contractStart = signed + rand.int(0, 14) * DAY;
  const contractEnd = contractStart + rand.int(360, 1100) * DAY;
  const registered = rand.chance(0.75);
  const employer = registered ? rand.pick(cityEnterprises) : null;
  const contractId = rand.uuid7(signed);
  contract.add({
    id: contractId, traineeId, employerOrganisationId: employer?.id ?? null, outsideEmployerName: employer ? null : `深圳外包服务有限公司${k % 97}`,
    outsideEmployerCreditCode: employer ? null : elig.makeCreditCode(`91440300MC${base(k % 97, CODE_CHARS, 7)}`), outsideEmployerCity: employer ? null : "深圳",
    employerIsServiceOutsourcing: rand.chance(0.97), employerInNanchang: !!employer, signedOn: isoDate(signed), startDate: isoDate(contractStart), endDate: isoDate(contractEnd),
    confirmation: employer ? "CONFIRMED" : "NOT_REQUIRED", confirmedById: employer?.userId ?? null, confirmedAt: employer ? new Date(signed + 5 * DAY) : null, createdAt: new Date(signed), updatedAt: new Date(signed),
  });
  auditRow(created, inst.userId, "INSTITUTION_MEMBER", "trainee.register", "Trainee", traineeId, null);
  const pool = pools[instIndex]!;
  if (!pool.has(year)) pool.set(year, []);
  pool.get(year)!.push({
    traineeId, personId, recordId, contractId, name,
    input: {
      isCollegeStudent: true, trainingStart: isoDate(trainingStart), trainingEnd: isoDate(trainingEnd), passedExam: examPassed, certificateNo,
      contractSignedOn: isoDate(signed), contractStart: isoDate(contractStart), contractEnd: isoDate(contractEnd), employerIsServiceOutsourcing: true,
      employerInNanchang: !!employer, alreadySubsidised: false,
    },
  });
  await traineeGroup.maybeFlush();
}
await traineeGroup.flush();

// ───────────────────────────── claims ─────────────────────────────

const claimGroup = new BulkGroup(
  session,
  [offshoreClaim, offshoreLine, statisticsExecution, fxReceipt, trainingClaim, trainingLine, submission, decision, ledger, yearGrant, notice, batch, paymentItem, audit],
  BATCH,
  progress,
);
interface Paid { ledgerId: string; amountFen: number; year: number; at: number }
const paidEntries: Paid[] = [];

/** Times of a claim's life: created, submitted (the year after the claim year), decided. */
function lifecycle(year: number, status: Status) {
  const submitted = Math.min(Date.UTC(year + 1, 0, 10) + rand.int(0, 140) * DAY + rand.int(0, 86_000_000), NOW - 20 * DAY);
  const created = submitted - rand.int(1, 20) * DAY;
  let decided = Math.min(submitted + rand.int(10, 60) * DAY, NOW - 8 * DAY);
  if (status === "IN_NOTICE" || status === "APPROVED") decided = NOW - rand.int(0, 6) * DAY;
  return { created, submitted, decided };
}

function recordDecisions(kind: "OFFSHORE" | "TRAINING", claimId: string, status: Status, reviewerId: string, amountFen: number, decided: number, fourEyesFen: number, orgUserId: string) {
  const idCol = kind === "OFFSHORE" ? "offshoreClaimId" : "trainingClaimId";
  const add = (d: string, at: number, by: string, reason: string | null, amount: number | null) => {
    decision.add({ id: rand.uuid7(at), claimKind: kind, [idCol]: claimId, reviewerId: by, decision: d, reason, amountFen: amount, createdAt: new Date(at) });
    auditRow(at, by, "REVIEWER", `review.${d.toLowerCase().replaceAll("_", "-")}`, kind === "OFFSHORE" ? "OffshoreClaim" : "TrainingClaim", claimId, { amountFen: amount, reason });
  };
  if (status === "CHANGES_REQUESTED") add("REQUEST_CHANGES", decided, reviewerId, "请补充外汇收款凭证。", null);
  if (status === "REJECTED") add("REJECT", decided, reviewerId, "合同与外汇收款不符。", null);
  if (status === "AWAITING_SECOND_APPROVAL") add("APPROVE", decided, reviewerId, null, amountFen);
  if (GRANTED.includes(status)) {
    const needsSecond = amountFen >= fourEyesFen;
    add("APPROVE", decided - (needsSecond ? DAY : 0), reviewerId, null, amountFen);
    if (needsSecond) add("SECOND_APPROVE", decided, reviewerIds.find((r) => r !== reviewerId)!, null, amountFen);
  }
  if (status === "WITHDRAWN") auditRow(decided, orgUserId, kind === "OFFSHORE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER", `${kind === "OFFSHORE" ? "offshore" : "training"}-claim.withdraw`, kind === "OFFSHORE" ? "OffshoreClaim" : "TrainingClaim", claimId, null);
}

function grantLedger(entry: { rule: string; year: number; payeeKind: string; organisationId: string | null; personId: string | null; amountFen: number; offshoreClaimId?: string; trainingClaimId?: string; trainingLineId?: string; grantKey: string; by: string; at: number; publicName: string; status: Status; days: number }) {
  const id = rand.uuid7(entry.at);
  ledger.add({ id, rule: entry.rule, claimYear: entry.year, payeeKind: entry.payeeKind, organisationId: entry.organisationId, personId: entry.personId, amountFen: entry.amountFen, offshoreClaimId: entry.offshoreClaimId ?? null, trainingClaimId: entry.trainingClaimId ?? null, trainingLineId: entry.trainingLineId ?? null, grantKey: entry.grantKey, createdById: entry.by, createdAt: new Date(entry.at) });
  const inNotice = entry.status === "APPROVED" || entry.status === "IN_NOTICE";
  notice.add({ id: rand.uuid7(entry.at), cityId: CITY, ledgerEntryId: id, publicName: entry.publicName, amountFen: entry.amountFen, publishedAt: new Date(entry.at), endsAt: new Date(entry.at + Math.ceil((entry.days * 7) / 5) * DAY), status: inNotice ? "IN_NOTICE" : "ENDED" });
  if (entry.status === "PAID") paidEntries.push({ ledgerId: id, amountFen: entry.amountFen, year: entry.year, at: entry.at });
}

/**
 * The statistics record and the bank receipt of each seeded line, as the imports would have
 * written them (USD, the claim year), so that reconciling every open claim has real data to
 * compare: most lines match; a few per cent are missing from the statistics, have another
 * executed amount there (15 % less) or are received short (half).
 */
function addOfficialData(ent: Org, year: number, lines: ReadonlyArray<{ contractRegNo: string; clientName: string; clientCountry: string; serviceCategory: string; executedUsdCents: bigint; contractValueUsdCents: bigint; fxReceiptDate: Date }>, at: number) {
  for (const line of lines) {
    officialDataOff.lines++;
    const roll = rand.int(0, 99);
    const off = roll < OFFICIAL_DATA_OFF.notInStatistics ? "notInStatistics" : roll < OFFICIAL_DATA_OFF.notInStatistics + OFFICIAL_DATA_OFF.executedDiffers ? "executedDiffers" : roll < OFFICIAL_DATA_OFF.notInStatistics + OFFICIAL_DATA_OFF.executedDiffers + OFFICIAL_DATA_OFF.receiptsShort ? "receiptsShort" : null;
    if (off) officialDataOff[off]++;
    if (off !== "notInStatistics") {
      statisticsExecution.add({
        id: rand.uuid7(at), cityId: CITY, creditCode: ent.creditCode, contractNo: line.contractRegNo, clientName: line.clientName, clientCountry: line.clientCountry,
        executedMinor: off === "executedDiffers" ? (line.executedUsdCents * 85n) / 100n : line.executedUsdCents, contractMinor: line.contractValueUsdCents,
        serviceCategory: line.serviceCategory, currency: "USD", periodStart: new Date(Date.UTC(year, 0, 1)), periodEnd: new Date(Date.UTC(year, 11, 31)), createdAt: new Date(at),
      });
    }
    fxReceipt.add({
      id: rand.uuid7(at), cityId: CITY, creditCode: ent.creditCode, receivedOn: line.fxReceiptDate, amountMinor: off === "receiptsShort" ? line.executedUsdCents / 2n : line.executedUsdCents,
      currency: "USD", payerName: line.clientName, payerCountry: line.clientCountry, bankReference: `BENCH-${year}-${String(receiptSeq++).padStart(8, "0")}`, source: "BUREAU", createdAt: new Date(at),
    });
  }
}

const offshoreTarget = Math.min(CLAIMS, Math.round(ENTERPRISES * YEARS.length * OFFSHORE_SHARE));
let offshoreMade = 0;
let contractSeq = 0;
for (const ent of enterprises) {
  for (const year of YEARS) {
    if (offshoreMade >= offshoreTarget || !rand.chance(OFFSHORE_SHARE)) continue;
    offshoreMade++;
    const policy = policyFor(year);
    const status = rand.weighted(STATUS_WEIGHTS[year] as Record<Status, number>);
    const granted = GRANTED.includes(status);
    const { created, submitted, decided } = lifecycle(year, status);
    const id = rand.uuid7(created);
    const lineCount = rand.int(1, 4);
    const lines = [];
    // Granted claims pass the threshold; others range from well under it to well over the cap.
    const totalCents = granted ? rand.int(policy.offshoreThresholdUsdCents + 1_000_000, 400_000_000) : rand.int(5_000_000, 400_000_000);
    let left = totalCents;
    for (let n = 1; n <= lineCount; n++) {
      const executed = n === lineCount ? left : Math.floor(left * (0.3 + rand.next() * 0.4));
      left -= executed;
      const shared = rand.chance(0.01) && contractSeq > 10;
      const regNo = `SO${city.tag}${year}${String(shared ? rand.int(0, contractSeq - 1) : contractSeq++).padStart(7, "0")}`;
      lines.push({
        id: rand.uuid7(created), lineNo: n, contractRegNo: regNo, clientName: `Client ${rand.int(1, 2000)} Ltd.`, clientCountry: rand.pick(COUNTRIES), serviceCategory: rand.pick(CATEGORIES),
        contractValueUsdCents: BigInt(executed + rand.int(0, 50_000_000)), executedUsdCents: BigInt(executed), fxReceiptDate: new Date(Date.UTC(year, rand.int(0, 11), rand.int(1, 28))),
      });
    }
    // The same contract number twice on one claim would break its unique index: keep the first.
    const seen = new Set<string>();
    const uniqueLines = lines.filter((l) => (seen.has(l.contractRegNo) ? false : (seen.add(l.contractRegNo), true)));
    for (const l of uniqueLines) offshoreLine.add({ ...l, claimId: id, createdAt: new Date(created), updatedAt: new Date(created) });
    addOfficialData(ent, year, uniqueLines, created);
    const usd = uniqueLines.reduce((a, l) => a + Number(l.executedUsdCents), 0);
    const result = elig.evaluateOffshoreIncentive({ claimYear: year, offshoreUsdCents: usd, grantedFenThisYear: 0 }, policy);
    const isSubmitted = status !== "DRAFT";
    const reviewerId = rand.pick(reviewerIds);
    const grantedFen = granted ? result.amountFen : null;
    statusCount[status] = (statusCount[status] ?? 0) + 1;
    offshoreClaim.add({
      cityId: CITY,
      id, claimNo: claimNumber("A", year), claimYear: year, status, organisationId: ent.id, onshoreUsdCents: BigInt(rand.int(0, 100_000_000)),
      offshoreUsdCents: BigInt(isSubmitted ? usd : 0), entitlementFen: isSubmitted ? result.entitlementFen : null, grantedFen, policyVersionId: isSubmitted ? result.policyVersionId : null,
      evaluation: isSubmitted ? JSON.stringify(result) : null, declarationAcceptedAt: isSubmitted ? new Date(submitted) : null, submissionKey: isSubmitted ? rand.uuid7(submitted) : null,
      submittedAt: isSubmitted ? new Date(submitted) : null, submissionCount: isSubmitted ? 1 : 0, decidedAt: DECIDED.includes(status) ? new Date(decided) : null,
      assignedReviewerId: ASSIGNED.includes(status) ? reviewerId : null, flagged: rand.chance(0.01), version: isSubmitted ? (ASSIGNED.includes(status) ? 3 : 1) : 0,
      createdById: ent.userId, createdAt: new Date(created), updatedAt: new Date(isSubmitted ? decided : created),
    });
    auditRow(created, ent.userId, "ENTERPRISE_MEMBER", "offshore-claim.save-draft", "OffshoreClaim", id, null);
    if (isSubmitted) {
      submission.add({ id: rand.uuid7(submitted), claimKind: "OFFSHORE", offshoreClaimId: id, trainingClaimId: null, sequence: 1, snapshot: JSON.stringify(offshoreClaimSnapshot({ claimYear: year, onshoreUsdCents: 0n, lines: uniqueLines })), evaluation: JSON.stringify(result), submittedById: ent.userId, submittedAt: new Date(submitted) });
      auditRow(submitted, ent.userId, "ENTERPRISE_MEMBER", "offshore-claim.submit", "OffshoreClaim", id, { offshoreUsdCents: String(usd), entitlementFen: result.entitlementFen, policyVersionId: result.policyVersionId });
      recordDecisions("OFFSHORE", id, status, reviewerId, result.amountFen, decided, policy.fourEyesThresholdFen, ent.userId);
    }
    if (granted) {
      // One claim per enterprise-year, so the ledger held 0 before it: amountFen is already within the cap.
      grantLedger({ rule: "A_OFFSHORE", year, payeeKind: "ORGANISATION", organisationId: ent.id, personId: null, amountFen: result.amountFen, offshoreClaimId: id, grantKey: `A:${id}`, by: reviewerId, at: decided, publicName: ent.nameZh, status, days: policy.noticePeriodWorkingDays });
      yearGrant.add({ organisationId: ent.id, claimYear: year, grantedFen: result.amountFen, capFen: policy.offshoreAnnualCapFen, updatedAt: new Date(decided) });
    }
    await claimGroup.maybeFlush();
  }
}
log(`offshore claims generated: ${offshoreMade.toLocaleString("en-US")}; official data so far (every city) for ${officialDataOff.lines.toLocaleString("en-US")} lines, deliberately off: ${officialDataOff.notInStatistics} missing from the statistics, ${officialDataOff.executedDiffers} with another executed amount, ${officialDataOff.receiptsShort} received short`);

const trainingTarget = CLAIMS - offshoreMade;
const perInstYear = Math.ceil(trainingTarget / (INSTITUTIONS * YEARS.length));
let trainingMade = 0;
for (let round = 0; round < perInstYear; round++) {
  for (let instIndex = 0; instIndex < INSTITUTIONS; instIndex++) {
    const inst = institutions[instIndex]!;
    for (const year of YEARS) {
      if (trainingMade >= trainingTarget) continue;
      const pool = pools[instIndex]!.get(year) ?? [];
      const lineCount = Math.min(pool.length, rand.int(1, 3));
      if (lineCount === 0) continue;
      trainingMade++;
      const taken = pool.splice(0, lineCount);
      const policy = policyFor(year);
      let status = rand.weighted(STATUS_WEIGHTS[year] as Record<Status, number>);
      const { created, submitted, decided } = lifecycle(year, status);
      const evaluated = taken.map((t) => ({ t, result: elig.evaluateTrainingSubsidy(t.input, policy), lineId: rand.uuid7(created) }));
      if (GRANTED.includes(status) && !evaluated.some((e) => e.result.eligible)) status = "REJECTED";
      const granted = GRANTED.includes(status);
      statusCount[status] = (statusCount[status] ?? 0) + 1;
      const id = rand.uuid7(created);
      const isSubmitted = status !== "DRAFT";
      const reviewerId = rand.pick(reviewerIds);
      const traineeTotal = evaluated.reduce((a, e) => a + (e.result.eligible ? e.result.traineeFen : 0), 0);
      const institutionTotal = evaluated.reduce((a, e) => a + (e.result.eligible ? e.result.institutionFen : 0), 0);
      trainingClaim.add({
        cityId: CITY,
        id, claimNo: claimNumber("B", year), claimYear: year, status, institutionId: inst.id, traineeTotalFen: traineeTotal, institutionTotalFen: institutionTotal,
        declarationAcceptedAt: isSubmitted ? new Date(submitted) : null, submissionKey: isSubmitted ? rand.uuid7(submitted) : null, submittedAt: isSubmitted ? new Date(submitted) : null,
        submissionCount: isSubmitted ? 1 : 0, decidedAt: DECIDED.includes(status) ? new Date(decided) : null, assignedReviewerId: ASSIGNED.includes(status) ? reviewerId : null,
        flagged: rand.chance(0.01), version: isSubmitted ? 3 : lineCount, createdById: inst.userId, createdAt: new Date(created), updatedAt: new Date(isSubmitted ? decided : created),
      });
      for (const e of evaluated) {
        const lineDecision = granted ? (e.result.eligible ? "APPROVED" : "REJECTED") : status === "REJECTED" ? "REJECTED" : "PENDING";
        trainingLine.add({
          id: e.lineId, claimId: id, traineeId: e.t.traineeId, personId: e.t.personId, trainingRecordId: e.t.recordId, contractId: e.t.contractId, policyVersionId: e.result.policyVersionId,
          eligible: e.result.eligible, traineeFen: e.result.traineeFen, institutionFen: e.result.institutionFen, evaluation: JSON.stringify(e.result), decision: lineDecision, createdAt: new Date(created),
        });
        if (granted && e.result.eligible) {
          const common = { year, personId: e.t.personId, trainingClaimId: id, trainingLineId: e.lineId, by: reviewerId, at: decided, status, days: policy.noticePeriodWorkingDays };
          grantLedger({ ...common, rule: "B_TRAINEE", payeeKind: "TRAINEE", organisationId: null, amountFen: e.result.traineeFen, grantKey: `B_TRAINEE:${e.t.personId}`, publicName: maskName(e.t.name) });
          grantLedger({ ...common, rule: "B_INSTITUTION", payeeKind: "ORGANISATION", organisationId: inst.id, amountFen: e.result.institutionFen, grantKey: `B_INSTITUTION:${e.t.personId}`, publicName: inst.nameZh });
        }
      }
      auditRow(created, inst.userId, "INSTITUTION_MEMBER", "training-claim.create", "TrainingClaim", id, null);
      if (isSubmitted) {
        const snapshot = {
          claimNo: null, claimYear: year, totals: { traineeFen: traineeTotal, institutionFen: institutionTotal },
          lines: evaluated.map((e) => ({ lineId: e.lineId, traineeId: e.t.traineeId, personId: e.t.personId, trainingRecordId: e.t.recordId, contractId: e.t.contractId, policyVersionId: e.result.policyVersionId, traineeFen: e.result.traineeFen, institutionFen: e.result.institutionFen })),
        };
        submission.add({ id: rand.uuid7(submitted), claimKind: "TRAINING", offshoreClaimId: null, trainingClaimId: id, sequence: 1, snapshot: JSON.stringify(snapshot), evaluation: JSON.stringify(evaluated.map((e) => e.result)), submittedById: inst.userId, submittedAt: new Date(submitted) });
        auditRow(submitted, inst.userId, "INSTITUTION_MEMBER", "training-claim.submit", "TrainingClaim", id, { traineeTotalFen: traineeTotal, institutionTotalFen: institutionTotal });
        recordDecisions("TRAINING", id, status, reviewerId, traineeTotal + institutionTotal, decided, policy.fourEyesThresholdFen, inst.userId);
      }
      await claimGroup.maybeFlush();
    }
  }
}
log(`training claims generated: ${trainingMade.toLocaleString("en-US")}`);

// Payment batches: paid grants, by year, a thousand items a batch.
paidEntries.sort((a, b) => a.year - b.year || a.at - b.at);
for (let i = 0, n = 0; i < paidEntries.length; i += 1000, n++) {
  const items = paidEntries.slice(i, i + 1000);
  const at = Math.max(...items.map((p) => p.at)) + 20 * DAY;
  const id = rand.uuid7(at);
  const total = items.reduce((a, p) => a + BigInt(p.amountFen), 0n);
  batch.add({ id, cityId: CITY, batchNo: `PB${items[0]!.year}-${city.tag}${String(n + 1).padStart(4, "0")}`, status: "PAID", totalFen: total, createdById: reviewer.id, exportedAt: new Date(at), paidAt: new Date(at + 3 * DAY), createdAt: new Date(at - DAY) });
  for (const p of items) paymentItem.add({ id: rand.uuid7(at), batchId: id, ledgerEntryId: p.ledgerId, status: "PAID", createdAt: new Date(at - DAY) });
  auditRow(at + 3 * DAY, reviewer.id, "REVIEWER", "payment-batch.mark-paid", "PaymentBatch", id, { totalFen: total.toString(), items: items.length });
  await claimGroup.maybeFlush();
}
for (const year of [...YEARS, 2026]) yearBudget.add({ cityId: CITY, year, budgetFen: 30_000_000_000n, updatedAt: new Date(NOW - 400 * DAY) });
claimGroup.tables.push(yearBudget);
await claimGroup.flush();
}

for (const [index, city] of CITIES.entries()) await seedCity(city, index);

await session.query(`SELECT setval(pg_get_serial_sequence('"AuditEntry"', 'seq'), (SELECT max(seq) FROM "AuditEntry"))`);
log("ANALYZE …");
await session.exec("ANALYZE");

const counts = await session.query(
  `SELECT relname AS t, n_live_tup::bigint AS n FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname <> '_prisma_migrations' ORDER BY relname`,
);
console.log("\nRows per table:");
for (const tableName of ["Organisation", "User", "Person", "Trainee", "TrainingRecord", "Certificate", "EmploymentContract", "OffshoreClaim", "OffshoreContractLine", "TrainingClaim", "TrainingClaimLine", "ClaimSubmission", "ReviewDecision", "LedgerEntry", "EnterpriseYearGrant", "NoticeItem", "PaymentBatch", "PaymentItem", "AuditEntry"]) {
  const [row] = await session.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${tableName}"`);
  console.log(`  ${tableName.padEnd(22)} ${Number(row!.n).toLocaleString("en-US").padStart(9)}`);
}
void counts;
console.log("Claims per status:", JSON.stringify(statusCount));
if (CITIES.length > 1) {
  const perCity = await session.query<{ id: string; n: string }>(
    `SELECT c."id", ((SELECT count(*) FROM "OffshoreClaim" o WHERE o."cityId" = c."id") + (SELECT count(*) FROM "TrainingClaim" t WHERE t."cityId" = c."id"))::text AS n FROM "City" c ORDER BY c."createdAt", c."id"`,
  );
  console.log("Claims per city:", perCity.map((r) => `${r.id} ${Number(r.n).toLocaleString("en-US")}`).join(", "));
}
await handle.close();
log(`done: total ${elapsed()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
