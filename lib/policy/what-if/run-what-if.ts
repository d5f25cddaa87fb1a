import { validatePolicy, type EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { countWhatIfClaims, loadOffshoreHeads, loadTrainingHeads, loadYearMoney, offshoreFacts, policyLookup, trainingFacts } from "./load-what-if-batch";
import { offshoreClaimWhatIf } from "./offshore-claim-what-if";
import { WhatIfSummariser, type WhatIfSummary } from "./summarise-what-if";
import { trainingClaimWhatIf } from "./training-claim-what-if";
import { isChanged, toRow, type WhatIfClaimOutcome, type WhatIfRow } from "./what-if-types";

export interface RunWhatIfOptions {
  /** The proposed policy, applied to every claim (validated here). */
  policy: EligibilityPolicy;
  /** Also every claim of this past claim year, whatever its status; null: open claims only. */
  claimYear: number | null;
  /** After every batch: claims compared so far, and how many there are. Awaited (a slow hook slows the run, never races it). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /**
   * The batch's changed claims, as they come. When given, `rows` of the result stays empty and
   * the run holds one batch at a time; without it the changed rows are returned together.
   */
  onRows?: (rows: WhatIfRow[]) => void | Promise<void>;
  /** Claims per batch of each kind (default 2,500). */
  batchSize?: number;
}

/**
 * Batches by id (keyset): the claims of a batch are read one batch after the other (a cheap
 * index range), their details (lines, ledger) up to `depth` batches at once on pooled
 * connections, while the caller works on the batch before. At most depth + 1 batches of a kind
 * are held at once.
 */
async function* pipelined<H extends { id: string }, T>(heads: (afterId: string | null) => Promise<H[]>, details: (heads: H[]) => Promise<T[]>, depth = 2): AsyncGenerator<T[]> {
  const queue: Promise<T[]>[] = [];
  let afterId: string | null = null;
  let exhausted = false;
  for (;;) {
    while (!exhausted && queue.length < depth) {
      const batch = await heads(afterId);
      if (batch.length === 0) {
        exhausted = true;
        break;
      }
      afterId = batch.at(-1)!.id;
      const pending = details(batch);
      // A failure is reported where the batch is awaited, not as an unhandled rejection meanwhile.
      pending.catch(() => {});
      queue.push(pending);
    }
    const next = queue.shift();
    if (!next) return;
    yield await next;
  }
}

export interface WhatIfResult {
  summary: WhatIfSummary;
  /** The claims whose amount (and so possibly eligibility) the draft changes. */
  rows: WhatIfRow[];
}

/**
 * Reruns every open claim (lib/claim-lifecycle OPEN_STATUSES) and, with `claimYear`, every claim
 * of that year, under the claim's own policy ("now") and under `policy` ("draft"), with the
 * eligibility module the decisions use. Reads only: plain SELECTs in batches, no locks, no
 * transaction, so reviewers keep deciding while it runs. A claim decided mid-run is compared as
 * it was when its batch was read.
 */
export async function runWhatIf(db: Db, options: RunWhatIfOptions): Promise<WhatIfResult> {
  const draft = validatePolicy(options.policy);
  const size = options.batchSize ?? 2500;
  const policies = policyLookup(await loadPolicyVersions(db));
  // Counted alongside the first batches; the first progress report waits for it.
  const counting = countWhatIfClaims(db, options.claimYear);
  counting.catch(() => {});
  let total = 0;
  let done = 0;
  const summariser = new WhatIfSummariser();
  const rows: WhatIfRow[] = [];

  const take = async (outcomes: WhatIfClaimOutcome[]) => {
    summariser.add(outcomes);
    const changed = outcomes.filter(isChanged).map(toRow);
    if (options.onRows) await options.onRows(changed);
    else rows.push(...changed);
    done += outcomes.length;
    const counts = await counting;
    total = Math.max(total, counts.OFFSHORE + counts.TRAINING);
    // Claims that became open after the count: the total grows rather than the bar passing 100 %.
    total = Math.max(total, done);
    await options.onProgress?.(done, total);
  };

  // The two kinds are read side by side (two pooled connections), each reading its next batch
  // while the last one is evaluated: the database's time and the evaluation's overlap.
  await Promise.all([
    (async () => {
      for await (const batch of pipelined((after) => loadOffshoreHeads(db, options.claimYear, after, size), (heads) => offshoreFacts(db, heads, policies))) {
        await take(batch.map((facts) => offshoreClaimWhatIf(facts, draft)));
      }
    })(),
    (async () => {
      for await (const batch of pipelined((after) => loadTrainingHeads(db, options.claimYear, after, size), (heads) => trainingFacts(db, heads, policies))) {
        await take(batch.map((facts) => trainingClaimWhatIf(facts, draft)));
      }
    })(),
  ]);
  await counting;
  if (done === 0) await options.onProgress?.(0, 0);
  const summary = summariser.finish(await loadYearMoney(db, summariser.claimYears()));
  return { summary, rows };
}
