import type { Db } from "@/lib/db";
import { OPEN_STATUSES, UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import type { ClaimKind } from "@/lib/generated/prisma/client";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { cappedQueueAmounts } from "@/lib/review/capped-queue-amounts";
import { claimKind } from "@/lib/review/claim-kinds";
import { previewClaimAmount } from "@/lib/review/preview-claim-amount";
import { offshoreSignalsOf, otherClaimantsLines, trainingRiskSignals, type OffshoreClaimFacts, type OtherClaimantLine } from "./claim-risk-signals";
import { riskSignalCodes, type RiskSignalCode } from "./risk-signals";
import { verificationParametersForYear } from "./verification-parameters";

// Issue 18: the codes of each submitted claim's risk signals, stored for the review queue's filter
// (ClaimRiskSignals). Computing the signals of every claim of a queue page live would not scale to
// a filter over the whole queue, so they are refreshed where the facts they read change:
// - a claim's submission or resubmission (its lines, its amount), together with the other live
//   claims of the city that share one of its foreign clients (their "shared client" count changed);
// - an employer's confirmation (the confirmation burst of that account's claims);
// - the refresh of the reconciliations (after an import, a new USD rate), which re-reads the
//   claims it reconciles;
// - a published policy version (the thresholds).
// Derived data, like OffshoreClaimReconciliation: the claim page computes its signals afresh with
// the same rules, thresholds and amount (what an approval would grant now).

const BATCH = 500;
/** Over this many claims, the other claimants' lines are read for the whole year at once rather than by client name. */
const WHOLE_YEAR_OVER = 50;
const LIVE = { notIn: UNLOCKED_STATUSES };

export interface RiskSignalScope {
  offshoreClaimIds?: readonly string[];
  trainingClaimIds?: readonly string[];
  /** Also refresh the other live offshore claims that share a foreign client with these (after a submission). */
  withSharers?: boolean;
}

/** Refreshes the stored codes of the scope's submitted claims of the city (drafts and withdrawn claims are skipped). Returns how many were refreshed. */
export async function refreshClaimRiskSignals(db: Db, cityId: string, scope: RiskSignalScope, now: Date = new Date()): Promise<number> {
  const fourEyesThresholdFen = await currentFourEyesThresholdFen(db, cityId);
  const versions = await loadPolicyVersions(db, cityId);
  let refreshed = 0;
  const offshoreIds = [...new Set(scope.offshoreClaimIds ?? [])];
  const yearLines = new Map<number, Promise<OtherClaimantLine[]>>();
  const sharers = new Set<string>();
  for (let i = 0; i < offshoreIds.length; i += BATCH) {
    const part = offshoreIds.slice(i, i + BATCH);
    const claims = await db.offshoreClaim.findMany({
      where: { cityId, id: { in: part }, status: LIVE },
      select: {
        id: true,
        cityId: true,
        organisationId: true,
        claimYear: true,
        status: true,
        entitlementFen: true,
        grantedFen: true,
        lines: { select: { clientName: true, executedUsdCents: true, fxReceiptDate: true } },
      },
    });
    const wholeYears = offshoreIds.length > WHOLE_YEAR_OVER;
    const others = wholeYears ? await wholeYearsLines(db, cityId, claims, yearLines) : await otherClaimantsLines(db, claims);
    const capped = await cappedQueueAmounts(db, claims.map((c) => ({ kind: "OFFSHORE" as const, id: c.id, status: c.status, claimYear: c.claimYear })));
    const rows = claims.map((claim) => {
      const amountFen = capped.get(claim.id)?.amountFen ?? claim.grantedFen ?? claim.entitlementFen ?? 0;
      const thresholds = verificationParametersForYear(versions, claim.claimYear).riskThresholds;
      return { claimId: claim.id, codes: riskSignalCodes(offshoreSignalsOf(claim, others, { amountFen, fourEyesThresholdFen }, thresholds)) };
    });
    await storeCodes(db, cityId, "OFFSHORE", rows, now);
    refreshed += rows.length;
    // By client name, the other claimants' lines are exactly those sharing a client with the batch.
    if (scope.withSharers && !wholeYears) for (const line of others) sharers.add(line.claimId);
  }
  const more = [...sharers].filter((id) => !offshoreIds.includes(id));
  if (more.length > 0) refreshed += await refreshClaimRiskSignals(db, cityId, { offshoreClaimIds: more }, now);

  // Training claims are refreshed a few at a time (a submission, an employer's confirmations): each
  // through the claim page's own path, so the stored codes are the page's signals.
  const trainingIds = [...new Set(scope.trainingClaimIds ?? [])];
  for (const id of trainingIds) {
    const codes = await trainingCodes(db, cityId, id, fourEyesThresholdFen, versions);
    if (codes === null) continue;
    await storeCodes(db, cityId, "TRAINING", [{ claimId: id, codes }], now);
    refreshed++;
  }
  return refreshed;
}

/** Every live line of the city in the claims' years (read once per year per refresh), for a refresh of many claims. */
async function wholeYearsLines(db: Db, cityId: string, claims: readonly OffshoreClaimFacts[], cache: Map<number, Promise<OtherClaimantLine[]>>): Promise<OtherClaimantLine[]> {
  const years = [...new Set(claims.map((c) => c.claimYear))];
  for (const year of years) {
    if (!cache.has(year)) {
      cache.set(
        year,
        db.offshoreContractLine
          .findMany({ where: { claim: { cityId, claimYear: year, status: LIVE } }, select: { claimId: true, clientName: true, claim: { select: { organisationId: true } } } })
          .then((lines) => lines.map((l) => ({ claimId: l.claimId, claimYear: year, organisationId: l.claim.organisationId, clientName: l.clientName }))),
      );
    }
  }
  return (await Promise.all(years.map((year) => cache.get(year)!))).flat();
}

async function trainingCodes(db: Db, cityId: string, id: string, fourEyesThresholdFen: number, versions: Awaited<ReturnType<typeof loadPolicyVersions>>): Promise<RiskSignalCode[] | null> {
  const claim = await db.trainingClaim.findUnique({
    where: { id, cityId },
    select: {
      status: true,
      claimYear: true,
      institution: { select: { creditCode: true } },
      lines: {
        select: {
          trainee: { select: { name: true } },
          contract: { select: { outsideEmployerCreditCode: true, confirmedById: true, employerOrganisation: { select: { creditCode: true } } } },
        },
      },
    },
  });
  if (!claim || (UNLOCKED_STATUSES as readonly string[]).includes(claim.status)) return null;
  const head = await claimKind("TRAINING").loadHead(db, id);
  if (!head) return null;
  const preview = await previewClaimAmount(db, head);
  const signals = await trainingRiskSignals(
    db,
    {
      cityId,
      claimYear: claim.claimYear,
      institutionCreditCode: claim.institution.creditCode,
      lines: claim.lines.map((l) => ({ traineeName: l.trainee.name, employerCreditCode: l.contract.employerOrganisation?.creditCode ?? l.contract.outsideEmployerCreditCode, confirmedById: l.contract.confirmedById })),
    },
    { amountFen: preview.amountFen, fourEyesThresholdFen },
    verificationParametersForYear(versions, claim.claimYear).riskThresholds,
  );
  return riskSignalCodes(signals);
}

/** The rows, inserted or replaced in one statement (array parameters written as literals: PGlite's adapter sends JS arrays only for built-in types). */
async function storeCodes(db: Db, cityId: string, kind: ClaimKind, rows: ReadonlyArray<{ claimId: string; codes: RiskSignalCode[] }>, now: Date) {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "ClaimRiskSignals" ("claimId", "kind", "cityId", "codes", "refreshedAt")
    SELECT u."claimId", ${kind}::"ClaimKind", ${cityId}, string_to_array(u."codes", ','), ${now}
    FROM unnest(${rows.map((r) => r.claimId)}::uuid[], ${rows.map((r) => r.codes.join(","))}::text[]) AS u("claimId", "codes")
    ON CONFLICT ("claimId") DO UPDATE SET "codes" = EXCLUDED."codes", "refreshedAt" = EXCLUDED."refreshedAt"`;
}

/** The four-eyes threshold of the city's newest published version: the one the claim page measures "just under" against. */
async function currentFourEyesThresholdFen(db: Db, cityId: string): Promise<number> {
  const latest = await db.policyVersion.findFirst({ where: { cityId, status: "PUBLISHED" }, orderBy: { effectiveFrom: "desc" }, select: { fourEyesThresholdFen: true } });
  return latest?.fourEyesThresholdFen ?? 100_000_00;
}

/**
 * Every open claim of the city (submitted, not yet decided): for the demo seed, and once after the
 * migration that added ClaimRiskSignals (`npm run verification:refresh-risk-signals`), since
 * claims submitted before it have no stored codes.
 */
export async function refreshOpenClaimsRiskSignals(db: Db, cityId: string, now: Date = new Date()): Promise<number> {
  const [offshore, training] = await Promise.all([
    db.offshoreClaim.findMany({ where: { cityId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } }),
    db.trainingClaim.findMany({ where: { cityId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } }),
  ]);
  return refreshClaimRiskSignals(db, cityId, { offshoreClaimIds: offshore.map((c) => c.id), trainingClaimIds: training.map((c) => c.id) }, now);
}

/**
 * After an employer's account confirmed or disputed a contract: the live training claims with a
 * line whose contract that account answered (their confirmation burst reads all its answers), and
 * the claims of the contract itself, in their own cities. Returns how many were refreshed.
 */
export async function refreshRiskSignalsAfterConfirmation(db: Db, confirmedById: string, contractId: string, now: Date = new Date()): Promise<number> {
  const claims = await db.trainingClaim.findMany({
    where: { status: LIVE, lines: { some: { contract: { OR: [{ confirmedById }, { id: contractId }] } } } },
    select: { id: true, cityId: true },
  });
  let refreshed = 0;
  for (const cityId of new Set(claims.map((c) => c.cityId))) {
    refreshed += await refreshClaimRiskSignals(db, cityId, { trainingClaimIds: claims.filter((c) => c.cityId === cityId).map((c) => c.id) }, now);
  }
  return refreshed;
}
