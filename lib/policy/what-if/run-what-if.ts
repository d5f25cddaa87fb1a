import { validatePolicy, type EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { loadOffshoreBatch, loadTrainingBatch, loadWhatIfClaimIds, loadYearMoney, policyLookup } from "./load-what-if-batch";
import { offshoreClaimWhatIf } from "./offshore-claim-what-if";
import { WhatIfSummariser, type WhatIfSummary } from "./summarise-what-if";
import { trainingClaimWhatIf } from "./training-claim-what-if";
import { isChanged, toRow, type WhatIfClaimOutcome, type WhatIfRow } from "./what-if-types";

export interface RunWhatIfOptions {
  /** The proposed policy, applied to every claim (validated here). */
  policy: EligibilityPolicy;
  /** The city whose claims and budgets are compared (the draft's). */
  cityId: string;
  /** Also every claim of this past claim year, whatever its status; null: open claims only. */
  claimYear: number | null;
  /** After every batch: claims compared so far, and how many there are. Awaited (a slow hook slows the run, never races it). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /**
   * The batch's changed claims, as they come. When given, `rows` of the result stays empty and
   * the run holds one batch at a time; without it the changed rows are returned together.
   */
  onRows?: (rows: WhatIfRow[]) => void | Promise<void>;
  /** Claims per batch of each kind (default 2,000). */
  batchSize?: number;
}

/**
 * The batches of a list of ids, in order, the next one already being read while the caller works
 * on the current one: at most two batches of a kind are held at once.
 */
async function* prefetched<T>(ids: string[], size: number, load: (ids: string[]) => Promise<T[]>): AsyncGenerator<T[]> {
  let offset = 0;
  const next = () => {
    const pending = load(ids.slice(offset, (offset += size)));
    // A failure is reported where the batch is awaited, not as an unhandled rejection meanwhile.
    pending.catch(() => {});
    return pending;
  };
  let pending = ids.length > 0 ? next() : null;
  while (pending) {
    const batch = await pending;
    pending = offset < ids.length ? next() : null;
    yield batch;
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
 * eligibility module the decisions use. Reads only: plain SELECTs, the chosen claims' ids first
 * (the exact total), then a batch of ids at a time; no locks, no transaction, so reviewers keep
 * deciding while it runs. A claim decided mid-run is compared as it was when its batch was read
 * (a claim that stopped being open by then is still compared, under its new status).
 */
export async function runWhatIf(db: Db, options: RunWhatIfOptions): Promise<WhatIfResult> {
  // A frozen copy: lib/eligibility then validates it once, not at each of the run's evaluations.
  const draft = Object.freeze({ ...validatePolicy(options.policy) });
  const size = options.batchSize ?? 2000;
  const policies = policyLookup(await loadPolicyVersions(db, options.cityId));
  const ids = await loadWhatIfClaimIds(db, options.cityId, options.claimYear);
  const total = ids.OFFSHORE.length + ids.TRAINING.length;
  let done = 0;
  // The total is known before the first batch: the bar shows "0 of n" at once.
  await options.onProgress?.(0, total);
  const summariser = new WhatIfSummariser();
  const rows: WhatIfRow[] = [];

  const take = async (outcomes: WhatIfClaimOutcome[]) => {
    summariser.add(outcomes);
    const changed = outcomes.filter(isChanged).map(toRow);
    if (options.onRows) await options.onRows(changed);
    else rows.push(...changed);
    done += outcomes.length;
    await options.onProgress?.(done, total);
  };

  // The two kinds are read side by side (two pooled connections), each reading its next batch
  // while the last one is evaluated: the database's time and the evaluation's overlap.
  await Promise.all([
    (async () => {
      for await (const batch of prefetched(ids.OFFSHORE, size, (batchIds) => loadOffshoreBatch(db, batchIds, policies))) {
        await take(batch.map((facts) => offshoreClaimWhatIf(facts, draft)));
      }
    })(),
    (async () => {
      for await (const batch of prefetched(ids.TRAINING, size, (batchIds) => loadTrainingBatch(db, batchIds, policies))) {
        await take(batch.map((facts) => trainingClaimWhatIf(facts, draft)));
      }
    })(),
  ]);
  const summary = summariser.finish(await loadYearMoney(db, options.cityId, summariser.claimYears()));
  return { summary, rows };
}
