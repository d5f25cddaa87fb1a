// The queue says what a claim would be granted (the rule-A cap applied as the decision applies it,
// counting the year's earlier grants) and why a row needs attention; the CSV export says the same.
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { approveClaim } from "@/lib/review/approve-claim";
import { declareConflict } from "@/lib/review/declare-conflict";
import { exportLabels } from "@/lib/exports/export-labels";
import { exportReviewQueue, reviewQueueColumns } from "@/lib/review/export-review-queue";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { institution, reviewer, submittedOffshoreClaim, submittedTrainingClaim, uniqueResidentId } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("review queue amounts and attention reasons on %s", (kind) => {
  let db: TestDatabase;
  let me: Awaited<ReturnType<typeof reviewer>>;
  let capped: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let afterEarlierGrant: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let small: Awaited<ReturnType<typeof submittedOffshoreClaim>>;
  let unconfirmed: Awaited<ReturnType<typeof submittedTrainingClaim>>;
  let duplicateA: Awaited<ReturnType<typeof submittedTrainingClaim>>;
  let duplicateB: Awaited<ReturnType<typeof submittedTrainingClaim>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    me = await reviewer(db.prisma);
    // 3,000,000 USD declares 600,000 RMB; the annual cap is 500,000 RMB.
    capped = await submittedOffshoreClaim(db.prisma, "3000000.00", 2024);
    // 2,000,000 USD declares 400,000 RMB; a grant recorded before the portal (no claim) leaves 350,000.
    afterEarlierGrant = await submittedOffshoreClaim(db.prisma, "2000000.00", 2024);
    await db.prisma.ledgerEntry.create({
      data: { rule: "A_OFFSHORE", claimYear: 2024, payeeKind: "ORGANISATION", organisationId: afterEarlierGrant.enterprise.organisation.id, amountFen: 150_000_00, createdById: me.id },
    });
    small = await submittedOffshoreClaim(db.prisma, "300000.00", 2024);

    const inst = await institution(db.prisma);
    unconfirmed = await submittedTrainingClaim(db.prisma, inst, [uniqueResidentId("20010101")]);
    await db.prisma.employmentContract.update({
      where: { id: unconfirmed.lines[0]!.contractId },
      data: { employerOrganisationId: small.enterprise.organisation.id, confirmation: "PENDING" },
    });
    const shared = uniqueResidentId("20020202");
    duplicateA = await submittedTrainingClaim(db.prisma, inst, [shared]);
    duplicateB = await submittedTrainingClaim(db.prisma, await institution(db.prisma), [shared]);
  });
  afterAll(async () => db?.close());

  const rows = async () => (await listReviewQueue(db.prisma, me, queueFilterSchema.parse({}), 100_000_00)).rows;
  const row = async (id: string) => (await rows()).find((r) => r.id === id)!;

  it("shows what an approval would grant, capped, with the cap as the reason", async () => {
    expect(await row(capped.claim.id)).toMatchObject({
      declaredFen: 600_000_00,
      amountFen: 500_000_00,
      capReason: { code: "ANNUAL_CAP", capFen: 500_000_00, grantedFen: 0, entitlementFen: 600_000_00 },
    });
  });

  it("counts what is already granted to the enterprise for the year, as the decision does", async () => {
    expect(await row(afterEarlierGrant.claim.id)).toMatchObject({
      declaredFen: 400_000_00,
      amountFen: 350_000_00,
      capReason: { code: "ANNUAL_CAP", capFen: 500_000_00, grantedFen: 150_000_00, entitlementFen: 400_000_00 },
    });
    expect(await row(small.claim.id)).toMatchObject({ declaredFen: 60_000_00, amountFen: 60_000_00, capReason: null });
  });

  it("says why a row needs attention: four eyes, duplicate, unconfirmed employer", async () => {
    expect((await row(capped.claim.id)).flagReasons).toEqual(["fourEyes"]);
    expect(await row(small.claim.id)).toMatchObject({ flagged: false, flagReasons: [] });
    expect(await row(unconfirmed.id)).toMatchObject({ flagged: true, flagReasons: ["employerUnconfirmed"] });
    expect((await row(duplicateA.id)).flagReasons).toEqual(["duplicate"]);
    expect((await row(duplicateB.id)).flagReasons).toEqual(["duplicate"]);
    await db.prisma.offshoreClaim.update({ where: { id: small.claim.id }, data: { flagged: true } });
    expect((await row(small.claim.id)).flagReasons).toEqual(["markedByHand"]);
    await db.prisma.offshoreClaim.update({ where: { id: small.claim.id }, data: { flagged: false } });
    // "Flagged only" lists exactly the rows with a reason.
    const flagged = (await listReviewQueue(db.prisma, me, queueFilterSchema.parse({ flagged: "1" }), 100_000_00)).rows;
    expect(new Set(flagged.map((r) => r.id))).toEqual(new Set([capped.claim.id, afterEarlierGrant.claim.id, unconfirmed.id, duplicateA.id, duplicateB.id]));
  });

  it("exports the capped amount, the cap reason and the attention reasons in the CSV, in the reader's language", async () => {
    const stream = await exportReviewQueue(db.prisma, { id: me.id, role: "REVIEWER", cityId: me.cityId! }, queueFilterSchema.parse({}), { format: "csv", labels: exportLabels("en") });
    const text = await new Response(stream).text();
    const [, ...lines] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const keys = reviewQueueColumns([], "nanchang").map((c) => c.key);
    const csv = (claimNo: string) => Object.fromEntries(keys.map((column, i) => [column, lines.find((l) => l[0] === claimNo)![i]]));
    expect(csv(capped.claim.claimNo)).toMatchObject({
      amountYuan: "500000.00",
      declaredYuan: "600000.00",
      capReason: "enterprise's annual cap 500000.00 yuan, 0.00 yuan already granted this year, 600000.00 yuan declared",
      flagged: "yes",
      flagReasons: "four eyes (second approval needed)",
    });
    expect(csv(unconfirmed.claimNo)).toMatchObject({ flagReasons: "employer has not confirmed", capReason: "" });
    expect(csv(small.claim.claimNo)).toMatchObject({ amountYuan: "60000.00", flagged: "no", flagReasons: "" });
  });

  it("marks the rows of an organisation the reviewer declared a conflict with", async () => {
    expect((await row(small.claim.id)).conflictDeclared).toBe(false);
    await declareConflict(db.prisma, me, { organisationId: small.enterprise.organisation.id, reason: "亲属任职" });
    expect((await row(small.claim.id)).conflictDeclared).toBe(true);
    expect((await row(capped.claim.id)).conflictDeclared).toBe(false);
  });

  it("keeps evaluating the amount of a claim that waits for its second approval", async () => {
    const other = await reviewer(db.prisma);
    await approveClaim(db.prisma, other, { kind: "OFFSHORE", claimId: afterEarlierGrant.claim.id, version: afterEarlierGrant.claim.version });
    // Four eyes: waiting for the second approval, the amount is still evaluated now.
    expect(await row(afterEarlierGrant.claim.id)).toMatchObject({ status: "AWAITING_SECOND_APPROVAL", amountFen: 350_000_00 });
  });
});
