// Throughput of the two eligibility rules over a million generated inputs each.
// Not a timed test: it prints evaluations per second so a regression is visible by eye.
// Inputs are generated in batches outside the timed section; only evaluation is timed.
//
//   npm run bench:eligibility            (1,000,000 inputs per rule)
//   BENCH_N=200000 npm run bench:eligibility

import {
  evaluateOffshoreIncentive,
  evaluateTrainingSubsidy,
  type OffshoreIncentiveInput,
  type TrainingSubsidyInput,
} from "../lib/eligibility";

const TOTAL = Number(process.env.BENCH_N ?? 1_000_000);
const BATCH = 100_000;
const SEED = 20_150_101;

/** mulberry32: a fixed seed gives the same inputs on every run, so runs compare. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (p: number) => random() < p;

// Every calendar date 2013-2026, so generating a training input costs an array lookup.
const DATES: string[] = [];
for (let t = Date.UTC(2013, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
  DATES.push(new Date(t).toISOString().slice(0, 10));
}
const dateAt = (index: number) => DATES[Math.min(Math.max(index, 0), DATES.length - 1)] as string;

function offshoreInput(): OffshoreIncentiveInput {
  const kind = random();
  const offshoreUsdCents =
    kind < 0.3
      ? int(0, 20_000_000) // at or under the threshold
      : kind < 0.6
        ? int(20_000_001, 250_000_000) // between threshold and cap
        : kind < 0.95
          ? int(250_000_001, 2_000_000_000) // capped
          : int(0, Number.MAX_SAFE_INTEGER); // huge, exercises the BigInt path
  return {
    claimYear: int(2013, 2026),
    offshoreUsdCents,
    grantedFenThisYear: chance(0.7) ? 0 : int(0, 55_000_000),
  };
}

function trainingInput(): TrainingSubsidyInput {
  const start = int(0, DATES.length - 800);
  const signed = start + int(-5, 200);
  const contractStart = signed + int(0, 30);
  return {
    isCollegeStudent: chance(0.95),
    trainingStart: dateAt(start),
    trainingEnd: dateAt(start + int(60, 150)),
    passedExam: chance(0.9),
    certificateNo: chance(0.9) ? `NCSO-${start}` : null,
    contractSignedOn: dateAt(signed),
    contractStart: dateAt(contractStart),
    contractEnd: dateAt(contractStart + int(300, 1100)),
    employerIsServiceOutsourcing: chance(0.95),
    employerInNanchang: chance(0.7),
    alreadySubsidised: chance(0.05),
  };
}

interface RuleBench<I> {
  readonly name: string;
  readonly generate: () => I;
  /** Returns the amount in fen and whether it was eligible, so the work cannot be skipped. */
  readonly evaluate: (input: I) => readonly [number, boolean];
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function run<I>(bench: RuleBench<I>): number {
  // Warm-up, so the JIT has compiled the rule before timing starts.
  for (let i = 0; i < 20_000; i++) bench.evaluate(bench.generate());

  let elapsedMs = 0;
  let done = 0;
  let eligible = 0;
  let checksum = 0n;
  const batch: I[] = new Array(BATCH);
  while (done < TOTAL) {
    const size = Math.min(BATCH, TOTAL - done);
    for (let i = 0; i < size; i++) batch[i] = bench.generate();
    const t0 = performance.now();
    for (let i = 0; i < size; i++) {
      const [fen, ok] = bench.evaluate(batch[i] as I);
      checksum += BigInt(fen);
      if (ok) eligible++;
    }
    elapsedMs += performance.now() - t0;
    done += size;
    process.stdout.write(
      `  ${bench.name}: ${fmt(done)} / ${fmt(TOTAL)} evaluated, ${fmt((done / elapsedMs) * 1000)} evaluations/s so far\n`,
    );
  }
  const perSecond = (done / elapsedMs) * 1000;
  console.log(
    `${bench.name}: ${fmt(done)} evaluations in ${(elapsedMs / 1000).toFixed(2)} s = ${fmt(perSecond)} evaluations/s ` +
      `(${fmt((eligible / done) * 100)} % eligible, checksum ${checksum} fen)\n`,
  );
  return perSecond;
}

const started = performance.now();
console.log(`Eligibility benchmark: ${fmt(TOTAL)} generated inputs per rule, node ${process.version}\n`);

const offshore = run<OffshoreIncentiveInput>({
  name: "rule A evaluateOffshoreIncentive",
  generate: offshoreInput,
  evaluate: (input) => {
    const r = evaluateOffshoreIncentive(input);
    return [r.amountFen, r.eligible];
  },
});
const training = run<TrainingSubsidyInput>({
  name: "rule B evaluateTrainingSubsidy",
  generate: trainingInput,
  evaluate: (input) => {
    const r = evaluateTrainingSubsidy(input);
    return [r.traineeFen + r.institutionFen, r.eligible];
  },
});

console.log("Summary (evaluations per second):");
console.log(`  rule A offshore incentive: ${fmt(offshore)}`);
console.log(`  rule B training subsidy:   ${fmt(training)}`);
console.log(`Total wall time including input generation: ${((performance.now() - started) / 1000).toFixed(1)} s`);
