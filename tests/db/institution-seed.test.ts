import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("institution demo data on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it("seeds training, contracts and a submitted rule-B claim through the domain functions", async () => {
    await seedDemo(db.prisma);
    const claim = await db.prisma.trainingClaim.findFirstOrThrow({ include: { lines: true } });
    expect(claim).toMatchObject({ status: "SUBMITTED", traineeTotalFen: 300_000, institutionTotalFen: 200_000 });
    expect(claim.lines).toHaveLength(2);
    expect(await db.prisma.employmentContract.count({ where: { confirmation: "PENDING" } })).toBe(2);
    expect(await db.prisma.employmentContract.count({ where: { confirmation: "CONFIRMED" } })).toBe(1);
  });
});
