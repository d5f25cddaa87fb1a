import { validatePolicy, type EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { countWhatIfClaims, loadOffshoreBatch, loadTrainingBatch, loadYearMoney, policyLookup } from "./load-what-if-batch";
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
  /** Claims per batch of each kind (default 5,000). */
  batchSize?: number;
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
  const size = options.batchSize ?? 5000;
  const policies = policyLookup(await loadPolicyVersions(db));
  const counts = await countWhatIfClaims(db, options.claimYear);
  let total = counts.OFFSHORE + counts.TRAINING;
  let done = 0;
  const summariser = new WhatIfSummariser();
  const rows: WhatIfRow[] = [];

  const take = async (outcomes: WhatIfClaimOutcome[]) => {
    summariser.add(outcomes);
    const changed = outcomes.filter(isChanged).map(toRow);
    if (options.onRows) await options.onRows(changed);
    else rows.push(...changed);
    done += outcomes.length;
    // Claims that became open after the count: the total grows rather than the bar passing 100 %.
    total = Math.max(total, done);
    await options.onProgress?.(done, total);
  };

  for (let afterId: string | null = null; ; ) {
    const batch = await loadOffshoreBatch(db, options.claimYear, afterId, size, policies);
    if (batch.length === 0) break;
    await take(batch.map((facts) => offshoreClaimWhatIf(facts, draft)));
    afterId = batch.at(-1)!.claimId;
  }
  for (let afterId: string | null = null; ; ) {
    const batch = await loadTrainingBatch(db, options.claimYear, afterId, size, policies);
    if (batch.length === 0) break;
    await take(batch.map((facts) => trainingClaimWhatIf(facts, draft)));
    afterId = batch.at(-1)!.claimId;
  }
  if (done === 0) await options.onProgress?.(0, 0);
  const summary = summariser.finish(await loadYearMoney(db, summariser.claimYears()));
  return { summary, rows };
}
