// Before/after for the recommended change to claim submission: the real operation and the bench's
// copy with the fix (bench/lib/proposed-submit-offshore-claim.ts), alternately, 20 workers each.
//   npx tsx bench/lib/try-submit-fix.ts [postgres-url-or-pglite-dir]
import { randomUUID } from "node:crypto";
import { applyBenchSecrets, BENCH_DATABASE_URL, BENCH_SEED } from "./common";
import { queryableOf } from "./bulk";
import { prepareDrafts } from "./submission";
import { createPrismaClient } from "../../lib/db/client";
import { benchDomainSubmit } from "./submission";
import { proposedSubmitOffshoreClaim } from "./proposed-submit-offshore-claim";

applyBenchSecrets();

async function main() {
  const url = process.argv[2] ?? BENCH_DATABASE_URL;
  process.env.DATABASE_POOL_MAX = "20";
  const handle = createPrismaClient(url);
  const n = 400;
  const { drafts } = await prepareDrafts(queryableOf(handle.raw), 4 * n, BENCH_SEED + 7);
  const rounds: Array<[string, () => Promise<unknown>]> = [
    ["current  ", () => benchDomainSubmit(handle.prisma, drafts.slice(0, n))],
    ["proposed ", () => runProposed(drafts.slice(n, 2 * n))],
    ["current  ", () => benchDomainSubmit(handle.prisma, drafts.slice(2 * n, 3 * n))],
    ["proposed ", () => runProposed(drafts.slice(3 * n, 4 * n))],
  ];
  async function runProposed(ds: typeof drafts) {
    // Same worker pool as benchDomainSubmit, with the proposed operation.
    const { benchWith } = await import("./submission");
    return benchWith(ds, 20, 90_000, (d) => proposedSubmitOffshoreClaim(handle.prisma, { id: d.userId, role: "ENTERPRISE_MEMBER", organisationId: d.organisationId }, { claimId: d.claimId, version: 0, declaration: true, submissionKey: randomUUID() }));
  }
  for (const [label, fn] of rounds) console.log(label, JSON.stringify(await fn()));
  await handle.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
