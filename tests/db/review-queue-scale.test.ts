// The queue over 100,000 claims on PostgreSQL: a filtered, sorted page and its counts must stay
// interactive. Rows are generated in SQL (2,000 enterprises x 50 claim years), not through the
// domain functions, because only the query's cost is under test here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { listReviewQueue, queueFilterSchema } from "@/lib/review/list-review-queue";
import { reviewer } from "./review-fixtures";
import { applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.skipIf(!process.env.TEST_DATABASE_URL)("review queue over 100,000 claims on postgres", () => {
  let db: TestDatabase;
  let me: { id: string; cityId: string };
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    me = await reviewer(db.prisma);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Organisation" ("id", "cityId", "kind", "nameZh", "creditCode", "regionCode", "inNanchang", "district", "address", "contactName", "contactPhone", "contactEmail", "updatedAt")
      SELECT gen_random_uuid(), 'nanchang', 'ENTERPRISE', '规模测试企业' || g, 'SCALE' || lpad(g::text, 13, '0'), '360106', true,
             (ARRAY['HONGGUTAN','DONGHU','XIHU','QINGSHANHU'])[1 + g % 4], '南昌', '张', '13800000000', 'scale' || g || '@example.test', now()
      FROM generate_series(1, 2000) g`);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "OffshoreClaim" ("id", "cityId", "claimNo", "organisationId", "claimYear", "status", "offshoreUsdCents", "entitlementFen", "submittedAt", "createdById", "updatedAt", "assignedReviewerId")
      SELECT gen_random_uuid(), 'nanchang', 'S' || o.n || '-' || y, o.id, 1990 + y,
             (ARRAY['SUBMITTED','UNDER_REVIEW','IN_NOTICE','PAID','REJECTED']::"ClaimStatus"[])[1 + (o.n + y) % 5],
             (20000000 + (o.n * y) % 500000000)::bigint, ((20000000 + (o.n * y) % 500000000) / 5)::int,
             now() - ((o.n * 50 + y) || ' minutes')::interval, '${me.id}', now(),
             CASE WHEN (o.n + y) % 7 = 0 THEN '${me.id}'::uuid END
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Organisation" WHERE "nameZh" LIKE '规模测试企业%') o,
           generate_series(1, 50) y`);
    await db.prisma.$executeRawUnsafe(`ANALYZE`);
  }, 300_000);
  afterAll(async () => db?.close());

  it("holds 100,000 claims", async () => {
    expect(await db.prisma.offshoreClaim.count()).toBe(100_000);
  });

  for (const params of [{}, { status: "SUBMITTED", sort: "amount-desc" }, { organisation: "规模测试企业77", page: "2" }, { assigned: "me", year: "2020" }, { minYuan: "40000", maxYuan: "40100", page: "5" }]) {
    it(`returns a page with counts fast: ${JSON.stringify(params)}`, async () => {
      const filter = queueFilterSchema.parse(params);
      await listReviewQueue(db.prisma, me, filter); // warm-up
      const started = performance.now();
      const result = await listReviewQueue(db.prisma, me, filter);
      const ms = performance.now() - started;
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.total).toBeGreaterThan(0);
      console.log(`queue ${JSON.stringify(params)}: ${result.total} matching, ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(2000);
    });
  }
});
