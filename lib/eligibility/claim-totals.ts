// Totals the claim pages and server actions need. They live here because nothing outside
// this module may compute an amount: summing is done in BigInt and checked back into the
// safe-integer range, so a claim with many large contract lines cannot silently round.

import { EligibilityInputError } from "./errors";
import { minorUnitsToBigInt } from "./money";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Sum of non-negative minor-unit amounts (number or Prisma bigint) as a safe integer.
 * `field` names the list in errors: "lines[3]" says which entry was bad.
 */
export function sumMinorUnits(values: Iterable<number | bigint>, field = "amounts"): number {
  let total = 0n;
  let index = 0;
  for (const value of values) {
    const big = minorUnitsToBigInt(value, `${field}[${index}]`);
    if (big < 0n) {
      throw new EligibilityInputError(`${field}[${index}]`, "NEGATIVE", "must not be negative");
    }
    total += big;
    index++;
  }
  if (total > MAX_SAFE) {
    throw new EligibilityInputError(field, "OUT_OF_RANGE", "sum exceeds Number.MAX_SAFE_INTEGER minor units");
  }
  return Number(total);
}

/** A rule-A claim's yearly offshore total: the executed USD cents of its contract lines. */
export function sumExecutedUsdCents(lines: Iterable<{ readonly executedUsdCents: number | bigint }>): number {
  let total = 0n;
  let index = 0;
  for (const line of lines) {
    const field = `lines[${index}].executedUsdCents`;
    const cents = minorUnitsToBigInt(line?.executedUsdCents, field);
    if (cents < 0n) throw new EligibilityInputError(field, "NEGATIVE", "must not be negative");
    total += cents;
    index++;
  }
  if (total > MAX_SAFE) {
    throw new EligibilityInputError("lines", "OUT_OF_RANGE", "sum exceeds Number.MAX_SAFE_INTEGER cents");
  }
  return Number(total);
}

export interface TrainingClaimTotals {
  readonly traineeTotalFen: number;
  readonly institutionTotalFen: number;
  readonly totalFen: number;
}

/** A rule-B claim's totals from its lines (each line's amounts come from evaluateTrainingSubsidy). */
export function sumTrainingClaimLines(
  lines: Iterable<{ readonly traineeFen: number | bigint; readonly institutionFen: number | bigint }>,
): TrainingClaimTotals {
  const list = Array.from(lines);
  const traineeTotalFen = sumMinorUnits(list.map((l, i) => requireLine(l, i).traineeFen), "lines.traineeFen");
  const institutionTotalFen = sumMinorUnits(list.map((l) => l.institutionFen), "lines.institutionFen");
  return {
    traineeTotalFen,
    institutionTotalFen,
    totalFen: sumMinorUnits([traineeTotalFen, institutionTotalFen], "totalFen"),
  };
}

function requireLine<T>(line: T, index: number): NonNullable<T> {
  if (line === null || line === undefined) {
    throw new EligibilityInputError(`lines[${index}]`, "MISSING", "is missing");
  }
  return line as NonNullable<T>;
}
