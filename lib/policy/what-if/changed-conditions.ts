import type { Reason } from "@/lib/eligibility";
import type { WhatIfCondition } from "./what-if-types";

/** The reason codes whose `passed` differs between two evaluations of the same inputs, in the order listed. */
export function flippedReasons(now: readonly Reason[], draft: readonly Reason[]): WhatIfCondition[] {
  const before = new Map(now.map((r) => [r.code, r.passed]));
  return draft.filter((r) => before.has(r.code) && before.get(r.code) !== r.passed).map((r) => r.code);
}

/** Adds codes to a list once each, keeping the first order. */
export function mergeConditions(into: WhatIfCondition[], codes: readonly WhatIfCondition[]): WhatIfCondition[] {
  for (const code of codes) if (!into.includes(code)) into.push(code);
  return into;
}
