import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Fen, Usd } from "@/components/money";
import { StatusBadge } from "@/components/status-badge";
import { reviewerOf } from "@/lib/auth/actors";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { requestDistrictLabels } from "@/lib/organisations/district-labels";
import type { LocalisedMessage } from "@/lib/eligibility";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { eligibilityTextWith } from "@/lib/i18n/localise-day-params";
import { isDecided } from "@/lib/claim-lifecycle";
import { availableReviewActions, reviewRefusal, type ReviewActionContext } from "@/lib/review/available-review-actions";
import { loadReviewerStanding } from "@/lib/review/load-reviewer-standing";
import { getClaimForReview } from "@/lib/review/get-claim-for-review";
import { approveClaimAction, secondApproveClaimAction } from "../../../actions";
import { ActionButton } from "../../../_components/action-button";
import { EvidenceList } from "../../../_components/evidence-list";
import { ReasonForm } from "../../../_components/reason-form";
import { ReconciliationSection } from "@/components/verification/reconciliation-section";
import { RiskSignalsSection } from "../../../_components/risk-signals-section";
import { RequestChangesForm } from "../../../_components/request-changes-form";
import { SubmissionDiff } from "../../../_components/submission-diff";
import { isUuid } from "@/lib/db/is-uuid";
import { verifiedTotalDiffers } from "@/lib/verification/verified-basis";
import { formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";

interface Explained {
  reasons?: Array<LocalisedMessage & { code: string; passed: boolean }>;
  calculation?: LocalisedMessage;
}

export default async function ClaimReviewPage({ params }: { params: Promise<{ kind: string; claimId: string }> }) {
  const user = await requireRole("REVIEWER");
  const { kind: kindParam, claimId } = await params;
  const kind = kindParam === "offshore" ? "OFFSHORE" : kindParam === "training" ? "TRAINING" : null;
  if (!kind || !isUuid(claimId)) notFound();
  const data = await getClaimForReview(getPrisma(), reviewerOf(user), kind, claimId).catch(notFoundIfMissing);
  const t = await getTranslations("review");
  const tPrint = await getTranslations("print");
  const format = await getFormatter();
  const day = (value: Date) => format.dateTime(value, "date");
  const locale = toLocale(await getLocale());
  const usd = (cents: bigint) => formatUsdCents(Number(cents), locale);
  const moment = (value: Date) => format.dateTime(value, "dateTime");
  const tE = await getTranslations("eligibility");
  const districtLabel = await requestDistrictLabels();
  const tCategory = await getTranslations("serviceCategory");
  const explain = eligibilityTextWith(tE, format);
  const { claim, preview, flags } = data;
  const organisation = data.kind === "OFFSHORE" ? data.claim.organisation : data.claim.institution;
  // Only what the server would allow this reviewer: the same rule the operations refuse with.
  const standing = await loadReviewerStanding(getPrisma(), { kind, id: claim.id, status: claim.status, organisationId: organisation.id }, user.id);
  const actionContext: ReviewActionContext = { kind, status: claim.status, assignedReviewerId: claim.assignedReviewerId, reviewer: user, ...standing };
  const offered = new Set(availableReviewActions(actionContext));
  const isFirstApprover = reviewRefusal("secondApprove", actionContext) === "sameReviewer";
  const decidable = offered.has("approve");
  const awaitingSecond = offered.has("secondApprove");
  const canReject = offered.has("reject");
  const canRequestChanges = offered.has("requestChanges");
  const ref = { kind, claimId: claim.id, version: claim.version };
  const lineLabels =
    data.kind === "OFFSHORE"
      ? data.claim.lines.map((l) => ({ id: l.id, label: `${l.lineNo}. ${l.contractRegNo}` }))
      : data.claim.lines.map((l, i) => ({ id: l.id, label: `${i + 1}. ${l.trainee.name}` }));
  const lineLabel = new Map(lineLabels.map((l) => [l.id, l.label]));

  return (
    <>
      <h1 className="text-2xl font-semibold">
        {t("claimTitle", { claimNo: claim.claimNo })} <StatusBadge status={claim.status} />
      </h1>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/review/claims/${kindParam}/${claim.id}/print`} className="text-brand-700 underline">
          {tPrint("printSummary")}
        </Link>
        {isDecided(claim.status) ? (
          <Link href={`/review/claims/${kindParam}/${claim.id}/decision`} className="text-brand-700 underline">
            {tPrint("printNotice")}
          </Link>
        ) : null}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {t(`claimKind.${kind}`)} · {t("claimYear")} {claim.claimYear} · {t("assigned")}: {claim.assignedReviewer?.name ?? "—"}
      </p>

      <section aria-labelledby="applicant" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="applicant" className="text-lg font-semibold">{t("applicant")}</h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm md:grid-cols-2">
          <dt className="font-medium">{t("organisation")}</dt><dd>{organisation.nameZh}{organisation.nameEn ? ` (${organisation.nameEn})` : ""}</dd>
          <dt className="font-medium">{t("creditCode")}</dt><dd>{organisation.creditCode}</dd>
          <dt className="font-medium">{t("district")}</dt><dd>{districtLabel(claim.cityId, organisation.district)}</dd>
          <dt className="font-medium">{t("address")}</dt><dd>{organisation.address}</dd>
          <dt className="font-medium">{t("contact")}</dt><dd>{organisation.contactName} · {organisation.contactPhone} · {organisation.contactEmail}</dd>
          <dt className="font-medium">{t("bankAccount")}</dt><dd>{organisation.bankName ? `${organisation.bankName} ****${organisation.bankAccountLast4 ?? ""}` : t("bankMissing")}</dd>
        </dl>
      </section>

      <section aria-labelledby="eligibility" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="eligibility" className="text-lg font-semibold">{t("eligibilityNow")}</h2>
        <p className="mt-1 text-sm">{t("eligibilityHint")}</p>
        <p className="mt-2 text-lg" data-testid="preview-amount">{t("amountNow")}: <Fen value={preview.amountFen} /></p>
        {data.kind === "OFFSHORE" ? (
          <ExplainedResult result={preview.evaluation as Explained} explain={explain} />
        ) : (
          (preview.evaluation as Array<{ lineId: string; result: Explained }>).map((line) => (
            <div key={line.lineId} className="mt-3">
              <h3 className="font-medium">{lineLabel.get(line.lineId)}</h3>
              <ExplainedResult result={line.result} explain={explain} />
            </div>
          ))
        )}
        {flags.length > 0 ? (
          <div className="mt-4 rounded border border-amber-400 bg-amber-50 p-3">
            <h3 className="font-semibold">{t("flagsTitle")}</h3>
            <ul className="mt-1 list-disc pl-6 text-sm" data-testid="flags">
              {flags.map((f, i) => (
                <li key={i}>
                  {f.code === "fourEyes" ? t("flags.fourEyes") : null}
                  {f.code === "duplicatePerson" ? t("flags.duplicatePerson", { line: lineLabel.get(f.lineId) ?? "", claimNo: f.otherClaimNo ?? "—" }) : null}
                  {f.code === "personInOtherCity"
                    ? t(f.subsidised ? "flags.personSubsidisedInOtherCity" : "flags.personClaimedInOtherCity", { line: lineLabel.get(f.lineId) ?? "", city: locale === "en" ? f.cityNameEn : f.cityNameZh })
                    : null}
                  {f.code === "contractSeenElsewhere" ? t("flags.contractSeenElsewhere", { line: lineLabel.get(f.lineId) ?? "", claimNo: f.otherClaimNo }) : null}
                  {f.code === "receiptSeenElsewhere" ? t("flags.receiptSeenElsewhere", { line: lineLabel.get(f.lineId) ?? "", claimNo: f.otherClaimNo }) : null}
                  {f.code === "employerConfirmation" ? t("flags.employerConfirmation", { line: lineLabel.get(f.lineId) ?? "", state: t(`confirmation.${f.confirmation}`) }) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {data.kind === "OFFSHORE" ? <ReconciliationSection reconciliation={data.reconciliation} /> : null}
      <RiskSignalsSection signals={data.signals} />

      <section aria-labelledby="lines" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="lines" className="text-lg font-semibold">{t("lines")}</h2>
        {data.kind === "OFFSHORE" ? (
          <>
            <p className="mt-1 text-sm">{t("offshoreTotals")}: <Usd value={data.claim.offshoreUsdCents} /> · {t("onshore")}: <Usd value={data.claim.onshoreUsdCents} /></p>
            {data.claim.lines.map((l) => (
              <article key={l.id} className="mt-3 border-t border-slate-200 pt-3 text-sm">
                <h3 className="font-medium">{l.lineNo}. {l.contractRegNo} — {l.clientName} ({l.clientCountry})</h3>
                <p>{tCategory(l.serviceCategory)} · {t("contractValue")}: <Usd value={l.contractValueUsdCents} /> · {t("executed")}: <Usd value={l.executedUsdCents} /> · {t("fxReceiptDate")}: {day(l.fxReceiptDate)}</p>
                <EvidenceList files={l.evidence} />
              </article>
            ))}
          </>
        ) : (
          data.claim.lines.map((l, i) => (
            <article key={l.id} className="mt-3 border-t border-slate-200 pt-3 text-sm">
              <h3 className="font-medium">{i + 1}. {l.trainee.name} · {l.person.idNumberMasked} · {l.trainee.college}</h3>
              <p>{t("training")}: {l.trainingRecord.courseName} {day(l.trainingRecord.startDate)} – {day(l.trainingRecord.endDate)} · {t("certificate")}: {l.trainingRecord.certificate?.certificateNo ?? "—"}</p>
              <p>{t("employer")}: {l.contract.employerOrganisation?.nameZh ?? l.contract.outsideEmployerName} · {t("contractTerm")}: {day(l.contract.startDate)} – {day(l.contract.endDate)} · {t("confirmationLabel")}: {t(`confirmation.${l.contract.confirmation}`)}</p>
              <p>{t("lineAmounts")}: <Fen value={l.traineeFen} /> + <Fen value={l.institutionFen} /> · {t("lineDecision")}: {t(`lineDecisions.${l.decision}`)}</p>
              <EvidenceList files={l.contract.evidence} />
            </article>
          ))
        )}
      </section>

      {standing.conflictDeclared ? (
        <p className="mt-6 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="conflict-declared">{t("conflictDeclaredHint")}</p>
      ) : null}
      {isFirstApprover ? (
        <p className="mt-6 rounded border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="first-approver">{t("firstApproverHint")}</p>
      ) : null}
      {decidable || awaitingSecond || canReject || canRequestChanges ? (
        <section aria-labelledby="decide" className="mt-6 rounded border border-slate-300 bg-white p-4">
          <h2 id="decide" className="text-lg font-semibold">{t("decide")}</h2>
          <div className="mt-3 flex flex-col gap-6">
            {decidable ? <ActionButton action={approveClaimAction} input={ref} label={t("approve")} /> : null}
            {decidable && data.kind === "OFFSHORE" && verifiedTotalDiffers(data.reconciliation) ? (
              <div data-testid="approve-on-verified">
                <p className="mb-2 text-sm">
                  {t("reconciliation.approveOnVerifiedHint", { verified: usd(data.reconciliation.verifiedUsdCents), declared: usd(data.reconciliation.declaredUsdCents) })}
                </p>
                <ActionButton action={approveClaimAction} input={{ ...ref, basis: "VERIFIED" as const }} label={t("approveOnVerified", { amount: usd(data.reconciliation.verifiedUsdCents) })} variant="secondary" />
              </div>
            ) : null}
            {awaitingSecond ? (
              <div>
                <p className="mb-2 text-sm">{t("awaitingSecondHint")}</p>
                <ActionButton action={secondApproveClaimAction} input={ref} label={t("secondApprove")} />
              </div>
            ) : null}
            {canRequestChanges ? <RequestChangesForm kind={kind} claimId={claim.id} version={claim.version} lines={lineLabels} /> : null}
            {canReject ? <ReasonForm variant="reject" id="reject-reason" fixed={ref} /> : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="history" className="mt-6 rounded border border-slate-300 bg-white p-4">
        <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
        {data.changesSinceLastSubmission ? (
          <div className="mt-2">
            <h3 className="font-medium">{t("changesSinceLast")}</h3>
            {data.changesSinceLastSubmission.length === 0 ? (
              <p className="text-sm">{t("noChanges")}</p>
            ) : (
              <SubmissionDiff changes={data.changesSinceLastSubmission} />
            )}
          </div>
        ) : null}
        <h3 className="mt-3 font-medium">{t("decisions")}</h3>
        <ol className="mt-1 list-decimal pl-6 text-sm" data-testid="decisions">
          {data.decisions.map((d) => (
            <li key={d.id}>
              {moment(d.createdAt)} · {d.reviewer.name} · {t(`decisionKind.${d.decision}`)}
              {d.amountFen !== null ? <> · <Fen value={d.amountFen} /></> : null}
              {d.reason ? <> · {d.reason}</> : null}
              {d.comments.length > 0 ? (
                <ul className="list-disc pl-6">
                  {d.comments.map((c) => (
                    <li key={c.id}>{lineLabel.get(c.offshoreLineId ?? c.trainingLineId ?? "") ?? ""}: {c.text}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
        <h3 className="mt-3 font-medium">{t("submissions")}</h3>
        <ul className="mt-1 text-sm">
          {data.submissions.map((s) => (
            <li key={s.id}>#{s.sequence} · {moment(s.submittedAt)}</li>
          ))}
        </ul>
        <h3 className="mt-3 font-medium">{t("auditTrail")}</h3>
        <ul className="mt-1 text-sm">
          {data.audit.map((a) => (
            <li key={String(a.seq)}>{format.dateTime(a.at, { dateStyle: "medium", timeStyle: "medium" })} · {a.actorName ?? a.actorRole ?? "—"} · {a.action} · {a.result}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ExplainedResult({ result, explain }: { result: Explained; explain: (m: LocalisedMessage) => string }) {
  return (
    <>
      {result.calculation ? <p className="mt-2 text-sm">{explain(result.calculation)}</p> : null}
      <ul className="mt-1 text-sm">
        {(result.reasons ?? []).map((r) => (
          <li key={r.code} className={r.passed ? "text-green-800" : "text-red-800"}>
            {r.passed ? "✓" : "✗"} {explain(r)}
          </li>
        ))}
      </ul>
    </>
  );
}
