// Issue 18: the risk signals on the reviewer's claim page, from the facts in the database: a
// foreign client shared by several claimants of the city in the year (however its name is typed),
// round amounts, receipt dates outside the claim year. They inform; the amount is unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "@/prisma/seed/factories";
import { reviewer } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("risk signals on the claim page on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await reviewer(db.prisma);
  });
  afterAll(async () => db?.close());

  const claimOf = async (lines: Parameters<typeof offshoreLine>[0][]) => {
    const enterprise = await createOrganisationWithUser(db.prisma);
    return createOffshoreClaim(db.prisma, enterprise.actor, { claimYear: 2024, submit: true, lines: lines.map((l) => offshoreLine(l)) });
  };

  it("names a client three claimants share, round amounts and a receipt outside the year", async () => {
    const client = `Shared Client ${crypto.randomUUID().slice(0, 8)}`;
    await claimOf([{ clientName: `${client} Ltd.`, executedUsd: "223456.78", contractValueUsd: "300000.00" }]);
    await claimOf([{ clientName: `${client.toUpperCase()}, LTD`, executedUsd: "298765.43", contractValueUsd: "300000.00" }]);
    const claim = await claimOf([
      { clientName: `${client} Limited`, executedUsd: "100000.00", contractValueUsd: "100000.00" },
      { clientName: "Other Client Inc.", executedUsd: "200000.00", contractValueUsd: "200000.00", fxReceiptDate: "2025-01-15" },
      { clientName: "Third Client Inc.", executedUsd: "300000.00", contractValueUsd: "300000.00" },
    ]);
    const page = await getClaimForReview(db.prisma, { cityId: "nanchang" }, "OFFSHORE", claim.id);
    expect(page.signals.map((s) => s.code).sort()).toEqual(["RECEIPTS_OUTSIDE_YEAR", "ROUND_AMOUNTS", "SHARED_FOREIGN_CLIENT"]);
    expect(page.signals.find((s) => s.code === "SHARED_FOREIGN_CLIENT")).toMatchObject({ claimants: 3, threshold: 3 });
    expect(page.signals.find((s) => s.code === "RECEIPTS_OUTSIDE_YEAR")).toEqual({ code: "RECEIPTS_OUTSIDE_YEAR", dates: ["2025-01-15"] });
    expect(page.preview.amountFen).toBe(120_000_00);
  });

  it("an ordinary claim has none", async () => {
    const claim = await claimOf([{ clientName: `Unique ${crypto.randomUUID()}`, executedUsd: "312345.67", contractValueUsd: "400000.00" }]);
    const page = await getClaimForReview(db.prisma, { cityId: "nanchang" }, "OFFSHORE", claim.id);
    expect(page.signals).toEqual([]);
  });
});
