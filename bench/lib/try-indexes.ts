// Before/after for the recommended indexes, without changing the bench database: each candidate
// index is created inside a transaction, the queries are timed (median of 5), then ROLLBACK.
//   npx tsx bench/lib/try-indexes.ts
import pg from "pg";
import { BENCH_DATABASE_URL } from "./common";
import { captureQueueSql, filterOf, handQueueSql, type Scenario } from "./queue-sql";
import { proposedQueueRowsSql } from "./proposed-queue-sql";

const SCENARIOS: Scenario[] = [
  { name: "first page", query: "", page: 1 },
  { name: "deep page (600)", query: "page=600", page: 600 },
  { name: "filtered page", query: "", status: "SUBMITTED", year: 2025, district: "HONGGUTAN", page: 1 },
];

async function median(c: pg.Client, q: { text: string; values: unknown[] }, n = 5) {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await c.query(q.text, q.values);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(n / 2)]! * 10) / 10;
}

async function main() {
  const c = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await c.connect();
  const reviewer = (await c.query(`SELECT id FROM "User" WHERE email = 'reviewer@demo.nc.gov.cn'`)).rows[0].id as string;
  const run = async (label: string) => {
    for (const s of SCENARIOS) {
      const app = await captureQueueSql(reviewer, filterOf(s), 100_000_00);
      const hand = handQueueSql(s, reviewer);
      const proposed = proposedQueueRowsSql(filterOf(s), reviewer, 100_000_00);
      const p = { text: proposed.text, values: proposed.values as unknown[] };
      // Same ids in the same order as the app's query?
      const [a, b] = [(await c.query(app[0]!.text, app[0]!.values)).rows, (await c.query(p.text, p.values)).rows];
      const same = a.length === b.length && a.every((r, i) => r.id === b[i].id && r.flagged === b[i].flagged);
      console.log(`${label.padEnd(28)} ${s.name.padEnd(16)} app rows ${await median(c, app[0]!)} ms, proposed rows ${await median(c, p)} ms (same rows+flags: ${same}), app counts ${await median(c, app[1]!)} ms, hand rows ${await median(c, hand.rows)} ms, hand counts ${await median(c, hand.counts)} ms`);
    }
  };
  await run("schema as is");
  await c.query("BEGIN");
  await c.query(`CREATE INDEX "OffshoreClaim_submittedAt_id_idx" ON "OffshoreClaim" ("submittedAt" DESC, "id" DESC)`);
  await c.query(`CREATE INDEX "TrainingClaim_submittedAt_id_idx" ON "TrainingClaim" ("submittedAt" DESC, "id" DESC)`);
  await c.query(`ANALYZE "OffshoreClaim"; ANALYZE "TrainingClaim"`);
  await run("+ (submittedAt, id) indexes");
  const prop = proposedQueueRowsSql(filterOf(SCENARIOS[0]!), reviewer, 100_000_00);
  const plan = await c.query(`EXPLAIN (ANALYZE, COSTS OFF) ${prop.text}`, prop.values as unknown[]);
  console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  await c.query("ROLLBACK");
  await c.end();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
