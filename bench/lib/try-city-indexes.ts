// Does the queue need indexes that lead with the city once several cities share the claim tables
// (issue 22)? Times the app's queue statements (captured from lib/review/list-review-queue.ts) and
// the hand-written floor for Nanchang's reviewer, median of 7, with the schema as it is; then
// creates candidate (cityId, submittedAt DESC, id DESC) indexes inside a transaction, times again,
// and rolls back: the bench database is left as it was. Prints which indexes each plan uses.
//
//   BENCH_DATABASE_URL=postgres://…/portal_bench_… npx tsx bench/lib/try-city-indexes.ts
import pg from "pg";
import { BUILT_IN_CITY_ID } from "../../lib/cities/find-city";
import { BENCH_DATABASE_URL } from "./common";
import { captureQueueSql, filterOf, handQueueSql, type Scenario } from "./queue-sql";

const SCENARIOS: Scenario[] = [
  { name: "first page", query: "", page: 1 },
  { name: "filtered page", query: "", status: "SUBMITTED", year: 2025, district: "HONGGUTAN", page: 1 },
  { name: "deep page (600)", query: "page=600", page: 600 },
];

type Statement = { text: string; values: unknown[] };

async function median(c: pg.Client, q: Statement, n = 7) {
  await c.query(q.text, q.values); // warm the cache: compare plans, not disk reads
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await c.query(q.text, q.values);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(n / 2)]! * 10) / 10;
}

/** The indexes a plan reads, and whether it sorts: enough to see what the city condition does. */
async function planSummary(c: pg.Client, q: Statement) {
  const plan = (await c.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${q.text}`, q.values)).rows.map((r) => String(r["QUERY PLAN"]));
  const indexes = [...new Set(plan.flatMap((l) => [...l.matchAll(/(?:using|Bitmap Index Scan on) "?(\w+)"?/gi)].map((m) => m[1]!)))];
  const seq = [...new Set(plan.flatMap((l) => [...l.matchAll(/Seq Scan on "?(\w+)"?/g)].map((m) => m[1]!)))];
  const sorts = plan.filter((l) => /Sort Method/.test(l)).length;
  return `indexes ${indexes.join(", ") || "none"}${seq.length ? `; seq scan ${seq.join(", ")}` : ""}${sorts ? `; ${sorts} sort(s)` : ""}`;
}

async function main() {
  const c = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await c.connect();
  const cities = (await c.query(`SELECT c."id", (SELECT count(*) FROM "OffshoreClaim" o WHERE o."cityId" = c."id") + (SELECT count(*) FROM "TrainingClaim" t WHERE t."cityId" = c."id") AS n FROM "City" c ORDER BY 1`)).rows;
  console.log(`${BENCH_DATABASE_URL}: ${cities.map((r) => `${r.id} ${r.n}`).join(", ")} claims`);
  const reviewer = (await c.query(`SELECT id FROM "User" WHERE email = 'reviewer@demo.nc.gov.cn'`)).rows[0].id as string;
  const fourEyes = Number((await c.query(`SELECT "fourEyesThresholdFen" AS f FROM "PolicyVersion" WHERE "cityId" = $1 AND status = 'PUBLISHED' ORDER BY "effectiveFrom" DESC LIMIT 1`, [BUILT_IN_CITY_ID])).rows[0].f);
  const run = async (label: string) => {
    for (const s of SCENARIOS) {
      const [rows, counts] = await captureQueueSql(reviewer, filterOf(s), fourEyes);
      const hand = handQueueSql(s, reviewer);
      console.log(
        `${label.padEnd(34)} ${s.name.padEnd(16)} app rows ${await median(c, rows!)} ms, app counts ${await median(c, counts!)} ms | hand rows ${await median(c, hand.rows)} ms, hand counts ${await median(c, hand.counts)} ms`,
      );
      console.log(`${"".padEnd(34)} ${"".padEnd(16)} app rows: ${await planSummary(c, rows!)}; app counts: ${await planSummary(c, counts!)}`);
    }
  };
  await run("schema as is");
  await c.query("BEGIN");
  await c.query(`CREATE INDEX "try_OffshoreClaim_cityId_submittedAt_id" ON "OffshoreClaim" ("cityId", "submittedAt" DESC, "id" DESC)`);
  await c.query(`CREATE INDEX "try_TrainingClaim_cityId_submittedAt_id" ON "TrainingClaim" ("cityId", "submittedAt" DESC, "id" DESC)`);
  await c.query(`ANALYZE "OffshoreClaim"; ANALYZE "TrainingClaim"`);
  await run("+ (cityId, submittedAt, id) indexes");
  await c.query("ROLLBACK");
  await c.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
