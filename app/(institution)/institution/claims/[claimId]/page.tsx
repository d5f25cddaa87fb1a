import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CandidatePicker } from "@/app/(institution)/institution/_components/candidate-picker";
import { AddLineButton, RemoveLineButton, SubmitClaimForm, WithdrawClaimButton } from "@/app/(institution)/institution/_components/claim-forms";
import { EligibilityExplanation } from "@/app/(institution)/institution/_components/eligibility-explanation";
import { Fen } from "@/components/money";
import { BankAccountMissingNotice } from "@/components/organisation/bank-account-missing-notice";
import { StatusBadge } from "@/components/status-badge";
import { ClawBackNotice } from "@/components/claw-back-notice";
import { listClaimClawBacks } from "@/lib/grants/payments/list-claim-claw-backs";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { findMissingBankAccounts } from "@/lib/organisations/find-missing-bank-accounts";
import type { Reason, LocalisedMessage } from "@/lib/eligibility";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { isChangesRequested, isClawedBack, isDecided, isEditable, isWithdrawn } from "@/lib/claim-lifecycle";
import { getTrainingClaimForInstitution, lineNeedsEmployerConfirmation } from "@/lib/training-claims/get-training-claim";
import { listClaimCandidates } from "@/lib/training-claims/list-claim-candidates";
import { canWithdrawTrainingClaim } from "@/lib/training-claims/withdraw-training-claim";
import { addTrainingClaimLineAction, addTrainingClaimLinesAction, removeTrainingClaimLineAction, submitTrainingClaimAction, withdrawTrainingClaimAction } from "../actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function TrainingClaimPage({ params, searchParams }: { params: Promise<{ claimId: string }>; searchParams: SearchParams }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const { claimId } = await params;
  const sp = await searchParams;
  const search = (one(sp.q) ?? "").slice(0, 60);
  const onlyEligible = one(sp.eligible) === "1";
  const requestedPage = Number.parseInt(one(sp.page) ?? "1", 10) || 1;
  const prisma = getPrisma();
  const claim = await getTrainingClaimForInstitution(prisma, user.organisationId, claimId).catch(notFoundIfMissing);
  const editable = isEditable(claim.status);
  const candidates = editable ? await listClaimCandidates(prisma, user, claim.id, { search, onlyEligible, page: requestedPage }) : null;
  const clawBacks = isClawedBack(claim.status) ? await listClaimClawBacks(prisma, user.organisationId, "TRAINING", claim.id) : [];
  const missingBank = editable && claim.lines.length > 0 ? await findMissingBankAccounts(prisma, user.organisationId, claim.lines.map((l) => l.traineeId)) : null;
  const t = await getTranslations("trainingClaim");
  const te = await getTranslations("errors");
  const tPrint = await getTranslations("print");
  const format = await getFormatter();
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const pageHref = (page: number) => {
    const query = new URLSearchParams({ ...(search ? { q: search } : {}), ...(onlyEligible ? { eligible: "1" } : {}), page: String(page) });
    return `/institution/claims/${claim.id}?${query}#candidates`;
  };
  return (
    <>
      <p><Link className="text-brand-700 underline" href="/institution/claims">{t("back")}</Link></p>
      <h1 className="mt-2 text-2xl font-semibold">{t("title", { claimNo: claim.claimNo })}</h1>
      <p className="mt-1">{t("year", { year: claim.claimYear })} · <StatusBadge status={claim.status} /></p>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link className="text-brand-700 underline" href={`/institution/claims/${claim.id}/print`}>{tPrint("printSummary")}</Link>
        {isDecided(claim.status) ? (
          <Link className="text-brand-700 underline" href={`/institution/claims/${claim.id}/decision`}>{tPrint("printNotice")}</Link>
        ) : null}
      </p>
      <ClawBackNotice clawBacks={clawBacks} />
      {isChangesRequested(claim.status) ? <p className="mt-2 rounded border border-amber-600 bg-amber-50 p-2">{t("changesRequested")}</p> : null}
      {!editable && !isWithdrawn(claim.status) ? <p className="mt-2 text-slate-700">{t("readOnly")}</p> : null}

      <section aria-labelledby="lines" className="mt-6">
        <h2 id="lines" className="text-lg font-semibold">{t("linesTitle")}</h2>
        {claim.lines.length === 0 ? <p className="mt-2">{t("noLines")}</p> : (
          <table className="mt-2 w-full bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("trainee")}</th>
                <th scope="col" className="p-2">{t("idNumber")}</th>
                <th scope="col" className="p-2 text-right">{t("traineeAmount")}</th>
                <th scope="col" className="p-2 text-right">{t("institutionAmount")}</th>
                <th scope="col" className="p-2">{t("explanation")}</th>
                <th scope="col" className="p-2">{t("employerCheck")}</th>
                {editable ? <th scope="col" className="p-2"><span className="sr-only">{t("remove")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {claim.lines.map((line) => {
                const evaluation = line.evaluation as unknown as { reasons: Reason[]; calculation: LocalisedMessage };
                return (
                  <tr key={line.id} className="border-b border-slate-200 align-top" data-testid="claim-line">
                    <td className="whitespace-nowrap p-2">{line.trainee.name}</td>
                    <td className="p-2 font-mono">{line.trainee.person.idNumberMasked}</td>
                    <td className="p-2 text-right" data-testid="line-trainee-fen"><Fen value={line.traineeFen} /></td>
                    <td className="p-2 text-right" data-testid="line-institution-fen"><Fen value={line.institutionFen} /></td>
                    <td className="p-2"><EligibilityExplanation reasons={evaluation.reasons} calculation={evaluation.calculation} /></td>
                    <td className="p-2">
                      {line.contract.confirmation === "PENDING" ? <span className="text-amber-800">{t("employerPending")}</span>
                        : line.contract.confirmation === "DISPUTED" ? <span className="text-red-800">{t("employerDisputed")}</span>
                        : <span className="text-green-800">{t("employerOk")}</span>}
                      {lineNeedsEmployerConfirmation(line.contract) ? <span className="sr-only">!</span> : null}
                      {line.comments.map((c) => <p key={c.id} className="mt-1 text-amber-900">{t("reviewerComment", { text: c.text })}</p>)}
                    </td>
                    {editable ? (
                      <td className="p-2"><RemoveLineButton claimId={claim.id} version={claim.version} lineId={line.id} action={removeTrainingClaimLineAction} label={line.trainee.name} /></td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <th scope="row" className="p-2" colSpan={2}>{t("totals")}</th>
                <td className="p-2 text-right" data-testid="total-trainee-fen"><Fen value={claim.traineeTotalFen} /></td>
                <td className="p-2 text-right" data-testid="total-institution-fen"><Fen value={claim.institutionTotalFen} /></td>
                <td colSpan={editable ? 3 : 2} />
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      {editable ? (
        <section aria-labelledby="candidates" className="mt-8">
          <h2 id="candidates" className="text-lg font-semibold">{t("candidatesTitle")}</h2>
          <form method="get" action={`/institution/claims/${claim.id}`} className="mt-2 flex flex-wrap items-end gap-3" role="search">
            <label className="flex flex-col text-sm">
              {t("search")}
              <input name="q" defaultValue={search} className="rounded border border-slate-400 px-2 py-1" />
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="eligible" value="1" defaultChecked={onlyEligible} /> {t("onlyEligible")}
            </label>
            <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1">{t("filter")}</button>
            {search || onlyEligible ? <Link className="text-brand-700 underline" href={`/institution/claims/${claim.id}#candidates`}>{t("clearFilter")}</Link> : null}
          </form>
          <p className="mt-2 text-sm" data-testid="candidates-count">{t("candidatesCount", { total: candidates!.total })}</p>
          {candidates!.candidates.length === 0 ? <p className="mt-2">{t("noCandidates")}</p> : (
            <CandidatePicker
              key={`${claim.version}-${candidates!.page}-${search}-${onlyEligible}`}
              claimId={claim.id}
              version={claim.version}
              action={addTrainingClaimLinesAction}
              items={candidates!.candidates.map((c) => ({
                traineeId: c.traineeId,
                name: c.name,
                addable: c.addable,
                body: (
                  <>
                    <p className="font-medium">{c.name} <span className="font-mono text-sm">{c.idNumberMasked}</span></p>
                    {c.result ? <EligibilityExplanation reasons={c.result.reasons} calculation={c.result.calculation} onlyFailed={c.result.eligible} /> : null}
                    {c.refusal && c.refusal !== "duplicatePersonInClaim" ? <p className="text-sm text-red-800">{te.has(c.refusal) ? te(c.refusal) : te("unexpected")}</p> : null}
                    {c.duplicate ? <p className="text-sm text-red-800">{t("duplicate")}</p> : null}
                    <AddLineButton claimId={claim.id} version={claim.version} traineeId={c.traineeId} action={addTrainingClaimLineAction} label={c.name} />
                  </>
                ),
              }))}
            />
          )}
          {candidates!.pageCount > 1 ? (
            <nav aria-label={t("pagination")} className="mt-3 flex items-center gap-4 text-sm">
              {candidates!.page > 1 ? <Link className="text-brand-700 underline" href={pageHref(candidates!.page - 1)}>{t("previous")}</Link> : null}
              <span>{t("pageOf", { page: candidates!.page, pageCount: candidates!.pageCount })}</span>
              {candidates!.page < candidates!.pageCount ? <Link className="text-brand-700 underline" href={pageHref(candidates!.page + 1)}>{t("next")}</Link> : null}
            </nav>
          ) : null}
          {missingBank ? <BankAccountMissingNotice missing={missingBank} profileHref="/institution/profile" traineeHref={(id) => `/institution/trainees/${id}`} /> : null}
          {claim.lines.length > 0 ? <SubmitClaimForm key={claim.version} claimId={claim.id} version={claim.version} action={submitTrainingClaimAction} /> : null}
        </section>
      ) : null}

      {canWithdrawTrainingClaim(claim, claim._count.decisions) ? (
        <WithdrawClaimButton claimId={claim.id} version={claim.version} action={withdrawTrainingClaimAction} />
      ) : null}

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
        <ul className="mt-2 text-sm">
          {claim.submissions.map((s) => <li key={s.sequence}>{t("submissionN", { n: s.sequence, at: at(s.submittedAt) })}</li>)}
          {claim.decisions.map((d) => (
            <li key={d.id}>{t("decisionEntry", { decision: t(`decisionKind.${d.decision}`), at: at(d.createdAt) })}{d.reason ? `: ${d.reason}` : ""}{d.amountFen !== null ? <> · <Fen value={d.amountFen} /></> : null}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
