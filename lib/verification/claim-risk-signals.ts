import type { Db } from "@/lib/db";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import {
  confirmationBurst,
  employerIsInstitution,
  justUnderFourEyes,
  normaliseClientName,
  receiptsOutsideYear,
  roundAmounts,
  sharedForeignClients,
  type RiskSignal,
  type RiskThresholds,
} from "./risk-signals";
import { verificationParametersFor } from "./verification-parameters";

// The facts each risk signal of issue 18 needs, gathered for one claim on the reviewer's page; the
// rules themselves are pure (risk-signals.ts). Signals inform the reviewer: nothing here refuses.
// The thresholds are the policy's: the claim's city's version in force for its claim year.

const LIVE = { notIn: UNLOCKED_STATUSES };

/**
 * An offshore claim's signals: a foreign client shared with other claimants of the city in the
 * same year, round amounts, receipt dates outside the claim year, an amount just under the
 * four-eyes threshold. One query besides the claim (the other claimants' lines naming a client
 * that starts like one of this claim's; the names are then compared normalised).
 */
export async function offshoreRiskSignals(
  db: Db,
  claim: OffshoreClaimFacts,
  amount: { amountFen: number; fourEyesThresholdFen: number },
  thresholds?: RiskThresholds,
): Promise<RiskSignal[]> {
  const sameYearLines = await otherClaimantsLines(db, [claim]);
  return offshoreSignalsOf(claim, sameYearLines, amount, thresholds ?? (await verificationParametersFor(db, claim.cityId, claim.claimYear)).riskThresholds);
}

export interface OffshoreClaimFacts {
  id: string;
  cityId: string;
  organisationId: string;
  claimYear: number;
  lines: ReadonlyArray<{ clientName: string; executedUsdCents: bigint; fxReceiptDate: Date }>;
}

/** A line of another live claim of the city naming one of the claims' clients (normalised). */
export interface OtherClaimantLine {
  claimId: string;
  claimYear: number;
  organisationId: string;
  clientName: string;
}

/**
 * The lines of the other live claims of the claims' city and years whose client is one of theirs:
 * one query (clients starting like one of theirs), then the names compared normalised.
 */
export async function otherClaimantsLines(db: Db, claims: readonly OffshoreClaimFacts[]): Promise<OtherClaimantLine[]> {
  if (claims.length === 0) return [];
  const cityId = claims[0]!.cityId;
  const prefixes = [...new Set(claims.flatMap((c) => c.lines.map((l) => l.clientName.trim().slice(0, 4))).filter((p) => p.length > 0))];
  if (prefixes.length === 0) return [];
  const others = await db.offshoreContractLine.findMany({
    where: {
      claim: { cityId, claimYear: { in: [...new Set(claims.map((c) => c.claimYear))] }, status: LIVE },
      OR: prefixes.map((prefix) => ({ clientName: { startsWith: prefix, mode: "insensitive" as const } })),
    },
    select: { claimId: true, clientName: true, claim: { select: { organisationId: true, claimYear: true } } },
  });
  const names = new Set(claims.flatMap((c) => c.lines.map((l) => normaliseClientName(l.clientName))));
  return others
    .filter((o) => names.has(normaliseClientName(o.clientName)))
    .map((o) => ({ claimId: o.claimId, claimYear: o.claim.claimYear, organisationId: o.claim.organisationId, clientName: o.clientName }));
}

/** The signals of one offshore claim, from the other claimants' lines already gathered (any claims' of the city: filtered here). */
export function offshoreSignalsOf(
  claim: OffshoreClaimFacts,
  lines: readonly OtherClaimantLine[],
  amount: { amountFen: number; fourEyesThresholdFen: number },
  thresholds: RiskThresholds,
): RiskSignal[] {
  const sameYearLines = lines
    .filter((o) => o.claimId !== claim.id && o.claimYear === claim.claimYear && o.organisationId !== claim.organisationId)
    .map((o) => ({ organisationId: o.organisationId, clientName: o.clientName }));
  return [
    ...sharedForeignClients({ organisationId: claim.organisationId, clientNames: claim.lines.map((l) => l.clientName) }, sameYearLines, thresholds),
    roundAmounts(claim.lines.map((l) => l.executedUsdCents), thresholds),
    receiptsOutsideYear(claim.claimYear, claim.lines.map((l) => isoDateFromDbDate(l.fxReceiptDate))),
    justUnderFourEyes(amount.amountFen, amount.fourEyesThresholdFen, thresholds),
  ].filter((signal): signal is RiskSignal => signal !== null);
}

/**
 * A training claim's signals: trainees employed by the institution itself, many employer
 * confirmations from one account within minutes (over every confirmation that account made), an
 * amount just under the four-eyes threshold.
 */
export async function trainingRiskSignals(
  db: Db,
  claim: {
    cityId: string;
    claimYear: number;
    institutionCreditCode: string;
    lines: ReadonlyArray<{ traineeName: string; employerCreditCode: string | null; confirmedById: string | null }>;
  },
  amount: { amountFen: number; fourEyesThresholdFen: number },
  thresholds?: RiskThresholds,
): Promise<RiskSignal[]> {
  const t = thresholds ?? (await verificationParametersFor(db, claim.cityId, claim.claimYear)).riskThresholds;
  const confirmers = [...new Set(claim.lines.map((l) => l.confirmedById).filter((id): id is string => id !== null))];
  const confirmations = confirmers.length
    ? await db.employmentContract.findMany({ where: { confirmedById: { in: confirmers }, confirmedAt: { not: null } }, select: { confirmedById: true, confirmedAt: true } })
    : [];
  const bursts = confirmers
    .map((id) => confirmationBurst(confirmations.filter((c) => c.confirmedById === id).map((c) => c.confirmedAt!), t))
    .filter((signal): signal is RiskSignal => signal !== null);
  // One burst is enough to say: the strongest one.
  const burst = bursts.sort((a, b) => (b.code === "CONFIRMATION_BURST" && a.code === "CONFIRMATION_BURST" ? b.confirmations - a.confirmations : 0))[0] ?? null;
  return [employerIsInstitution(claim.institutionCreditCode, claim.lines), burst, justUnderFourEyes(amount.amountFen, amount.fourEyesThresholdFen, t)].filter(
    (signal): signal is RiskSignal => signal !== null,
  );
}
