import type { Db } from "@/lib/db";
import { isoDateFromDbDate } from "@/lib/eligibility";
import { UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import {
  confirmationBurst,
  DEFAULT_RISK_THRESHOLDS,
  employerIsInstitution,
  justUnderFourEyes,
  normaliseClientName,
  receiptsOutsideYear,
  roundAmounts,
  sharedForeignClients,
  type RiskSignal,
} from "./risk-signals";

// The facts each risk signal of issue 18 needs, gathered for one claim on the reviewer's page; the
// rules themselves are pure (risk-signals.ts). Signals inform the reviewer: nothing here refuses.

const LIVE = { notIn: UNLOCKED_STATUSES };

/**
 * An offshore claim's signals: a foreign client shared with other claimants of the city in the
 * same year, round amounts, receipt dates outside the claim year, an amount just under the
 * four-eyes threshold. One query besides the claim (the other claimants' lines naming a client
 * that starts like one of this claim's; the names are then compared normalised).
 */
export async function offshoreRiskSignals(
  db: Db,
  claim: { id: string; cityId: string; organisationId: string; claimYear: number; lines: ReadonlyArray<{ clientName: string; executedUsdCents: bigint; fxReceiptDate: Date }> },
  amount: { amountFen: number; fourEyesThresholdFen: number },
): Promise<RiskSignal[]> {
  const prefixes = [...new Set(claim.lines.map((l) => l.clientName.trim().slice(0, 4)).filter((p) => p.length > 0))];
  const others = prefixes.length
    ? await db.offshoreContractLine.findMany({
        where: {
          claimId: { not: claim.id },
          claim: { cityId: claim.cityId, claimYear: claim.claimYear, status: LIVE, organisationId: { not: claim.organisationId } },
          OR: prefixes.map((prefix) => ({ clientName: { startsWith: prefix, mode: "insensitive" as const } })),
        },
        select: { clientName: true, claim: { select: { organisationId: true } } },
      })
    : [];
  const names = new Set(claim.lines.map((l) => normaliseClientName(l.clientName)));
  const sameYearLines = others.filter((o) => names.has(normaliseClientName(o.clientName))).map((o) => ({ organisationId: o.claim.organisationId, clientName: o.clientName }));
  return [
    ...sharedForeignClients({ organisationId: claim.organisationId, clientNames: claim.lines.map((l) => l.clientName) }, sameYearLines),
    roundAmounts(claim.lines.map((l) => l.executedUsdCents)),
    receiptsOutsideYear(claim.claimYear, claim.lines.map((l) => isoDateFromDbDate(l.fxReceiptDate))),
    justUnderFourEyes(amount.amountFen, amount.fourEyesThresholdFen),
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
    institutionCreditCode: string;
    lines: ReadonlyArray<{ traineeName: string; employerCreditCode: string | null; confirmedById: string | null }>;
  },
  amount: { amountFen: number; fourEyesThresholdFen: number },
): Promise<RiskSignal[]> {
  const confirmers = [...new Set(claim.lines.map((l) => l.confirmedById).filter((id): id is string => id !== null))];
  const confirmations = confirmers.length
    ? await db.employmentContract.findMany({ where: { confirmedById: { in: confirmers }, confirmedAt: { not: null } }, select: { confirmedById: true, confirmedAt: true } })
    : [];
  const bursts = confirmers
    .map((id) => confirmationBurst(confirmations.filter((c) => c.confirmedById === id).map((c) => c.confirmedAt!), DEFAULT_RISK_THRESHOLDS))
    .filter((signal): signal is RiskSignal => signal !== null);
  // One burst is enough to say: the strongest one.
  const burst = bursts.sort((a, b) => (b.code === "CONFIRMATION_BURST" && a.code === "CONFIRMATION_BURST" ? b.confirmations - a.confirmations : 0))[0] ?? null;
  return [employerIsInstitution(claim.institutionCreditCode, claim.lines), burst, justUnderFourEyes(amount.amountFen, amount.fourEyesThresholdFen)].filter(
    (signal): signal is RiskSignal => signal !== null,
  );
}
