import { minorUnitsToNumber } from "@/lib/eligibility";
import type { ClaimKindName } from "@/lib/claim-lifecycle";
import { WHAT_IF_OUTCOMES, whatIfOutcome, type WhatIfClaimOutcome, type WhatIfOutcome } from "./what-if-types";

/**
 * How many of something (claims, enterprises, trainees) end up where, one outcome each (see
 * WhatIfOutcome: eligible = amount > 0; BECOMES_ELIGIBLE 0 → > 0, BECOMES_INELIGIBLE > 0 → 0,
 * GAIN / LOSE eligible both ways with more / less, UNCHANGED the same amount), so they add up
 * to `total`.
 * - a claim: its own amount (offshore: the enterprise's grant; training: trainee and
 *   institution subsidies of every line together);
 * - an enterprise: the organisation of offshore claims, over all of its claims in the run;
 * - a trainee: a person on a training line, by their trainee subsidy alone (not the
 *   institution's), over all of their lines in the run.
 */
export type OutcomeCounts = Record<WhatIfOutcome, number> & { total: number };

/** Money in fen (integer; summed as BigInt, refused past 2^53 − 1 like lib/eligibility's sums). */
export interface WhatIfSplit {
  nowFen: number;
  draftFen: number;
  /** draftFen − nowFen. */
  differenceFen: number;
  claims: OutcomeCounts;
  enterprises: OutcomeCounts;
  trainees: OutcomeCounts;
}

/**
 * The budget of one claim year against the run. The year chosen is the **claim year**: the
 * ledger books every grant under its claim's year (LedgerEntry.claimYear) and the dashboard
 * (lib/dashboard/get-dashboard.ts) reads YearBudget(year) against the ledger of that claim year,
 * so a claim's money is paid out of its claim year's budget; a run over open claims of several
 * claim years gives one line per year.
 */
export interface WhatIfBudgetLine {
  claimYear: number;
  /** YearBudget.budgetFen; null when no budget was set for the year. */
  budgetFen: number | null;
  /** Already granted for the year, net of reversals: the dashboard's "granted" (the ledger). */
  grantedFen: number;
  /** The run's claims of the year, now and under the draft. */
  nowFen: number;
  draftFen: number;
  /** Of `nowFen`, what is already in `grantedFen` (the run's granted claims). */
  grantedInRunFen: number;
  /** The year's total today: granted + open claims at today's amounts (grantedFen − grantedInRunFen + nowFen). */
  projectedNowFen: number;
  /** The year's total under the draft: already granted outside the run + the draft total (grantedFen − grantedInRunFen + draftFen). */
  projectedDraftFen: number;
  /** budgetFen − projectedDraftFen; null without a budget. Negative: over budget. */
  remainingFen: number | null;
}

export interface WhatIfSummary extends WhatIfSplit {
  byKind: Record<ClaimKindName, WhatIfSplit>;
  /** By the applicant organisation's district code (null: unknown), largest difference first. */
  byDistrict: Array<WhatIfSplit & { district: string | null }>;
  budget: WhatIfBudgetLine[];
}

/** What the ledger and YearBudget hold for a claim year, read by the runner. */
export interface YearMoney {
  claimYear: number;
  budgetFen: number | bigint | null;
  grantedFen: number | bigint;
}

function emptyCounts(): OutcomeCounts {
  return { total: 0, BECOMES_ELIGIBLE: 0, GAIN: 0, UNCHANGED: 0, LOSE: 0, BECOMES_INELIGIBLE: 0 };
}

class SplitAccumulator {
  now = 0n;
  draft = 0n;
  claims = emptyCounts();
  /** id → [now, draft]: entities are counted once their claims are all in. */
  enterprises = new Map<string, [number, number]>();
  trainees = new Map<string, [number, number]>();

  add(claim: WhatIfClaimOutcome, withEntities: boolean) {
    this.now += BigInt(claim.nowFen);
    this.draft += BigInt(claim.draftFen);
    this.claims.total++;
    this.claims[claim.outcome]++;
    if (!withEntities) return;
    if (claim.kind === "OFFSHORE") addTo(this.enterprises, claim.organisationId, claim.nowFen, claim.draftFen);
    for (const t of claim.trainees) addTo(this.trainees, t.personId, t.nowFen, t.draftFen);
  }

  finish(entities: { enterprises: OutcomeCounts; trainees: OutcomeCounts } = { enterprises: count(this.enterprises), trainees: count(this.trainees) }): WhatIfSplit {
    const nowFen = minorUnitsToNumber(this.now, "nowFen");
    const draftFen = minorUnitsToNumber(this.draft, "draftFen");
    return { nowFen, draftFen, differenceFen: minorUnitsToNumber(this.draft - this.now, "differenceFen"), claims: { ...this.claims }, ...entities };
  }
}

function addTo(map: Map<string, [number, number]>, id: string, now: number, draft: number) {
  const seen = map.get(id);
  if (seen) {
    seen[0] += now;
    seen[1] += draft;
  } else map.set(id, [now, draft]);
}

function count(map: Map<string, [number, number]>): OutcomeCounts {
  const counts = emptyCounts();
  for (const [now, draft] of map.values()) {
    counts.total++;
    counts[whatIfOutcome(now, draft)]++;
  }
  return counts;
}

interface YearAccumulator {
  now: bigint;
  draft: bigint;
  grantedInRun: bigint;
}

/**
 * Folds claim outcomes in as they come (the runner adds one batch at a time and lets the batch
 * go), then gives the summary. Memory: a pair of numbers per enterprise and per trainee seen.
 */
export class WhatIfSummariser {
  private readonly all = new SplitAccumulator();
  private readonly kinds: Record<ClaimKindName, SplitAccumulator> = { OFFSHORE: new SplitAccumulator(), TRAINING: new SplitAccumulator() };
  private readonly districts = new Map<string | null, SplitAccumulator>();
  private readonly years = new Map<number, YearAccumulator>();

  add(outcomes: Iterable<WhatIfClaimOutcome>): void {
    for (const claim of outcomes) {
      // Enterprises are the offshore kind's and trainees the training kind's: the overall
      // counts are read from there instead of holding a third copy of each map.
      this.all.add(claim, false);
      this.kinds[claim.kind].add(claim, true);
      let district = this.districts.get(claim.district);
      if (!district) this.districts.set(claim.district, (district = new SplitAccumulator()));
      district.add(claim, true);
      let year = this.years.get(claim.claimYear);
      if (!year) this.years.set(claim.claimYear, (year = { now: 0n, draft: 0n, grantedInRun: 0n }));
      year.now += BigInt(claim.nowFen);
      year.draft += BigInt(claim.draftFen);
      if (claim.granted) year.grantedInRun += BigInt(claim.nowFen);
    }
  }

  /** The claim years the run met, for the runner to read their budget and ledger. */
  claimYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  finish(money: readonly YearMoney[] = []): WhatIfSummary {
    const offshore = this.kinds.OFFSHORE.finish();
    const training = this.kinds.TRAINING.finish();
    return {
      ...this.all.finish({ enterprises: offshore.enterprises, trainees: training.trainees }),
      byKind: { OFFSHORE: offshore, TRAINING: training },
      byDistrict: [...this.districts.entries()]
        .map(([district, acc]) => ({ district, ...acc.finish() }))
        .sort((a, b) => Math.abs(b.differenceFen) - Math.abs(a.differenceFen) || String(a.district).localeCompare(String(b.district))),
      budget: this.claimYears().map((claimYear) => budgetLine(claimYear, this.years.get(claimYear)!, money.find((m) => m.claimYear === claimYear))),
    };
  }
}

function budgetLine(claimYear: number, year: YearAccumulator, money: YearMoney | undefined): WhatIfBudgetLine {
  const granted = BigInt(money?.grantedFen ?? 0);
  const budget = money?.budgetFen === null || money?.budgetFen === undefined ? null : BigInt(money.budgetFen);
  const outside = granted - year.grantedInRun;
  const projectedDraft = outside + year.draft;
  const fen = (v: bigint, field: string) => minorUnitsToNumber(v, field);
  return {
    claimYear,
    budgetFen: budget === null ? null : fen(budget, "budgetFen"),
    grantedFen: fen(granted, "grantedFen"),
    nowFen: fen(year.now, "nowFen"),
    draftFen: fen(year.draft, "draftFen"),
    grantedInRunFen: fen(year.grantedInRun, "grantedInRunFen"),
    projectedNowFen: fen(outside + year.now, "projectedNowFen"),
    projectedDraftFen: fen(projectedDraft, "projectedDraftFen"),
    remainingFen: budget === null ? null : fen(budget - projectedDraft, "remainingFen"),
  };
}

/** The summary of a list of outcomes at once (tests, small runs). */
export function summariseWhatIf(outcomes: Iterable<WhatIfClaimOutcome>, money: readonly YearMoney[] = []): WhatIfSummary {
  const summariser = new WhatIfSummariser();
  summariser.add(outcomes);
  return summariser.finish(money);
}

export { WHAT_IF_OUTCOMES };
