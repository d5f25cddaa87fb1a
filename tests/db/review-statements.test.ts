import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { clearPolicyVersionCache, loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { approveClaim } from "@/lib/review/approve-claim";
import { secondApproveClaim } from "@/lib/review/second-approve-claim";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { countStatements, type StatementCounter } from "./statement-counter";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const NOW = new Date("2026-11-25T02:00:00Z");

// SQL statements one decision sends (BEGIN/COMMIT not counted), with the policy versions already
// cached (as in a running app). Before the lifecycle refactor (issue 16) an approval read the claim
// row up to four times, evaluated twice, moved the status before the amount was known and wrote
// the amount in a second UPDATE: before → after, the same on PGlite and PostgreSQL:
//   offshore below the threshold 26 → 16; four eyes: first 10 → 10, second 24 → 17;
//   training, one line, below 31 → 20; two lines, four eyes: first 13 → 14 (the persons are now
//   locked before the one evaluation), second 31 → 21.
// These ceilings are the numbers after it, so any extra round trip fails here. Issue 17 added one
// to each approval that publishes: the read of the working-day calendar's entered years, in the
// transaction, for the notice's end (lib/grants/public-notice/publish-grant.ts). Issue 22 added
// one to every decision: entering the reviewer's city for row-level security, first in the
// transaction (lib/db/city-scope.ts).
const CEILING = {
  offshoreBelow: 18,
  offshoreFirstOfFour: 11,
  offshoreSecond: 19,
  trainingBelow: 22,
  trainingFirstOfFour: 15,
  trainingSecond: 23,
};

describe.each(DATABASE_KINDS)("statements per approval on %s", (kind) => {
  let db: TestDatabase;
  let counted: StatementCounter;
  const measured: Record<string, number> = {};

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    counted = countStatements(db);
  });
  afterAll(async () => {
    console.log(`[statements per approval, ${kind}] ${JSON.stringify(measured)}`);
    await counted?.close();
    await db?.close();
  });

  async function setFourEyesThreshold(fen: number) {
    await db.prisma.policyVersion.updateMany({ data: { fourEyesThresholdFen: fen } });
    clearPolicyVersionCache();
    await loadPolicyVersions(counted.prisma, "nanchang");
  }

  async function measure<T>(name: keyof typeof CEILING, run: () => Promise<T>): Promise<T> {
    counted.reset();
    const result = await run();
    measured[name] = counted.statements.length;
    if (process.env.SHOW_SQL) console.log(name, counted.statements.map((s) => s.slice(0, 140)).join("\n"));
    expect(counted.transactions).toBe(1);
    return result;
  }

  it("offshore, below the four-eyes threshold", async () => {
    const r = await reviewer(db.prisma);
    await setFourEyesThreshold(100_000_00);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    const outcome = await measure("offshoreBelow", () => approveClaim(counted.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW));
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: 60_000_00 });
    expect(measured.offshoreBelow).toBeLessThanOrEqual(CEILING.offshoreBelow);
  });

  it("offshore, at or above the threshold: first and second approval", async () => {
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    await setFourEyesThreshold(100_000_00);
    const { claim } = await submittedOffshoreClaim(db.prisma, "3000000.00");
    const outcome = await measure("offshoreFirstOfFour", () => approveClaim(counted.prisma, first, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, NOW));
    expect(outcome).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 500_000_00 });
    const waiting = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    const done = await measure("offshoreSecond", () => secondApproveClaim(counted.prisma, second, { kind: "OFFSHORE", claimId: claim.id, version: waiting.version }, NOW));
    expect(done.amountFen).toBe(500_000_00);
    expect(measured.offshoreFirstOfFour).toBeLessThanOrEqual(CEILING.offshoreFirstOfFour);
    expect(measured.offshoreSecond).toBeLessThanOrEqual(CEILING.offshoreSecond);
  });

  it("training, below the threshold (one line)", async () => {
    const r = await reviewer(db.prisma);
    await setFourEyesThreshold(100_000_00);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20010101")]);
    const outcome = await measure("trainingBelow", () => approveClaim(counted.prisma, r, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW));
    expect(outcome).toMatchObject({ status: "IN_NOTICE", amountFen: 1_500_00 });
    expect(measured.trainingBelow).toBeLessThanOrEqual(CEILING.trainingBelow);
  });

  it("training, at or above the threshold (two lines, threshold lowered to 2,000 RMB): first and second approval", async () => {
    const first = await reviewer(db.prisma);
    const second = await reviewer(db.prisma);
    const inst = await institution(db.prisma);
    const claim = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20010101"), uniqueResidentId("20020202")]);
    await setFourEyesThreshold(2_000_00);
    try {
      const outcome = await measure("trainingFirstOfFour", () => approveClaim(counted.prisma, first, { kind: "TRAINING", claimId: claim.id, version: claim.version }, NOW));
      expect(outcome).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 3_000_00 });
      const waiting = await db.prisma.trainingClaim.findUniqueOrThrow({ where: { id: claim.id } });
      const done = await measure("trainingSecond", () => secondApproveClaim(counted.prisma, second, { kind: "TRAINING", claimId: claim.id, version: waiting.version }, NOW));
      expect(done.amountFen).toBe(3_000_00);
    } finally {
      await setFourEyesThreshold(100_000_00);
    }
    expect(measured.trainingFirstOfFour).toBeLessThanOrEqual(CEILING.trainingFirstOfFour);
    expect(measured.trainingSecond).toBeLessThanOrEqual(CEILING.trainingSecond);
  });
});
