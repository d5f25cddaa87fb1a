import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClaimTimeline } from "@/app/(enterprise)/enterprise/_components/claim-timeline";
import { CsvImport } from "@/app/(enterprise)/enterprise/_components/csv-import";
import { LineEvidence } from "@/app/(enterprise)/enterprise/_components/line-evidence";
import { MissingEvidenceProvider } from "@/app/(enterprise)/enterprise/_components/missing-evidence";
import { OffshoreClaimEditor } from "@/app/(enterprise)/enterprise/_components/offshore-claim-editor";
import { SubmitClaimForm } from "@/app/(enterprise)/enterprise/_components/submit-claim-form";
import { BankAccountMissingNotice } from "@/components/organisation/bank-account-missing-notice";
import { ClaimStatusButton } from "@/app/(enterprise)/enterprise/_components/claim-status-button";
import { Fen, Usd } from "@/components/money";
import { StatusBadge } from "@/components/status-badge";
import { ClawBackNotice } from "@/components/claw-back-notice";
import { ReconciliationSection } from "@/components/verification/reconciliation-section";
import { reconcileOwnOffshoreClaim } from "@/lib/verification/reconcile-own-offshore-claim";
import { listClaimClawBacks } from "@/lib/grants/payments/list-claim-claw-backs";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { countryOptions } from "@/lib/offshore-claims/countries";
import { offshoreDraftLineOf } from "@/lib/offshore-claims/offshore-draft-line";
import { getOffshoreClaimForOrganisation } from "@/lib/offshore-claims/get-offshore-claim";
import { getOffshoreClaimHistory } from "@/lib/offshore-claims/get-offshore-claim-history";
import { offshoreGrantedFenForYear } from "@/lib/grants/ledger/offshore-granted-fen";
import { canWithdraw } from "@/lib/offshore-claims/withdraw-offshore-claim";
import { getPrisma } from "@/lib/db";
import { findMissingBankAccounts } from "@/lib/organisations/find-missing-bank-accounts";
import { formatMinorUnits } from "@/lib/eligibility";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { allows, isChangesRequested, isClawedBack, isDecided, isEditable } from "@/lib/claim-lifecycle";

export default async function EnterpriseClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ claimId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireOrganisationMember("ENTERPRISE");
  const { claimId } = await params;
  const query = await searchParams;
  const t = await getTranslations("enterprise");
  const tPrint = await getTranslations("print");
  const tClaim = await getTranslations("offshoreClaim");
  const tCategory = await getTranslations("serviceCategory");
  const prisma = getPrisma();
  const claim = await getOffshoreClaimForOrganisation(prisma, user.organisationId, claimId).catch(notFoundIfMissing);
  const editable = isEditable(claim.status);
  const [history, grantedFen, missingBank, clawBacks, reconciliation] = await Promise.all([
    getOffshoreClaimHistory(prisma, user.organisationId, claim.id),
    offshoreGrantedFenForYear(prisma, user.organisationId, claim.claimYear, claim.id),
    editable ? findMissingBankAccounts(prisma, user.organisationId) : null,
    isClawedBack(claim.status) ? listClaimClawBacks(prisma, user.organisationId, "OFFSHORE", claim.id) : [],
    // The preview before submitting: the saved lines against the official data (issue 18).
    editable && claim.lines.length > 0 ? reconcileOwnOffshoreClaim(prisma, user.organisationId, claim) : null,
  ]);
  const changes = isChangesRequested(claim.status) ? history.changeRequest : null;

  const lineComments = (lineId: string) =>
    changes?.byLine[lineId]?.length ? (
      <div className="mb-2 rounded border border-amber-600 bg-amber-50 p-2 text-sm" data-testid="line-comment">
        <p className="font-medium">{tClaim("changes.line")}</p>
        <ul className="list-disc pl-5">
          {changes.byLine[lineId]!.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      </div>
    ) : null;

  return (
    <>
      <p>
        <Link href="/enterprise/claims" className="text-sm text-brand-700 underline">
          {tClaim("backToClaims")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("claimTitle", { claimNo: claim.claimNo, year: claim.claimYear })}</h1>
      <p className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href={`/enterprise/claims/${claim.id}/print`} className="text-brand-700 underline">
          {tPrint("printSummary")}
        </Link>
        {isDecided(claim.status) ? (
          <Link href={`/enterprise/claims/${claim.id}/decision`} className="text-brand-700 underline">
            {tPrint("printNotice")}
          </Link>
        ) : null}
      </p>
      <dl className="mt-4 grid max-w-xl grid-cols-2 gap-2">
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="claim-status">
          <StatusBadge status={claim.status} />
        </dd>
        {!editable ? (
          <>
            <dt className="font-medium">{t("offshoreTotal")}</dt>
            <dd><Usd value={claim.offshoreUsdCents} /></dd>
            <dt className="font-medium">{t("onshoreTotal")}</dt>
            <dd><Usd value={claim.onshoreUsdCents} /></dd>
            <dt className="font-medium">{t("amount")}</dt>
            <dd><Fen value={claim.grantedFen ?? claim.entitlementFen} /></dd>
          </>
        ) : null}
      </dl>
      <ClawBackNotice clawBacks={clawBacks} />
      {query.saved ? (
        <p role="status" className="mt-3 text-green-800">
          {tClaim("saved")}
        </p>
      ) : null}
      {query.submitted && !editable ? (
        <p role="status" className="mt-3 text-green-800">
          {tClaim("submit.submitted")}
        </p>
      ) : null}

      {changes ? (
        <section className="mt-4 rounded border border-amber-600 bg-amber-50 p-3" data-testid="change-request">
          <h2 className="font-semibold">{tClaim("changes.title")}</h2>
          <p className="text-sm">{tClaim("changes.intro")}</p>
          {changes.general.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {changes.general.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {editable ? (
        // A refusal for missing evidence belongs to this version of the form (a save starts afresh).
        <MissingEvidenceProvider key={`evidence-${claim.version}`}>
          <OffshoreClaimEditor
            key={`editor-${claim.version}`}
            claim={{
              id: claim.id,
              version: claim.version,
              claimYear: claim.claimYear,
              onshoreUsd: formatMinorUnits(claim.onshoreUsdCents),
              lines: claim.lines.map(offshoreDraftLineOf),
            }}
            grantedFenThisYear={grantedFen}
            countries={countryOptions(await getLocale())}
            lineExtras={Object.fromEntries(
              claim.lines.map((line) => [
                line.id,
                <div key={line.id}>
                  {lineComments(line.id)}
                  <LineEvidence lineId={line.id} lineNumber={line.lineNo} items={line.evidence} editable />
                </div>,
              ]),
            )}
          />
          <CsvImport claimId={claim.id} version={claim.version} importedCount={importedCountOf(query.imported)} />
          {reconciliation ? <ReconciliationSection reconciliation={reconciliation} audience="applicant" /> : null}
          {missingBank ? <BankAccountMissingNotice missing={missingBank} profileHref="/enterprise/profile" /> : null}
          <SubmitClaimForm key={`submit-${claim.version}`} claimId={claim.id} version={claim.version} submissionKey={randomUUID()} resubmission={isChangesRequested(claim.status)} />
        </MissingEvidenceProvider>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-700">{tClaim("readOnly")}</p>
          <h2 className="mt-8 text-lg font-semibold">{t("linesTitle")}</h2>
          <table className="mt-2 w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">#</th>
                <th scope="col" className="p-2">{t("contractRegNo")}</th>
                <th scope="col" className="p-2">{t("client")}</th>
                <th scope="col" className="p-2">{t("serviceCategory")}</th>
                <th scope="col" className="p-2 text-right">{t("executedUsd")}</th>
              </tr>
            </thead>
            <tbody>
              {claim.lines.map((line) => (
                <tr key={line.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{line.lineNo}</td>
                  <td className="p-2">{line.contractRegNo}</td>
                  <td className="p-2">{line.clientName} ({line.clientCountry})</td>
                  <td className="p-2">{tCategory(line.serviceCategory)}</td>
                  <td className="p-2 text-right"><Usd value={line.executedUsdCents} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-4 flex flex-col gap-3">
            {claim.lines.map((line) => (
              <LineEvidence key={line.id} lineId={line.id} lineNumber={line.lineNo} items={line.evidence} editable={false} />
            ))}
          </div>
          {canWithdraw(claim, claim._count.decisions) ? <ClaimStatusButton mode="withdraw" claimId={claim.id} version={claim.version} /> : null}
          {allows("OFFSHORE", claim.status, "reopen") ? <ClaimStatusButton mode="reopen" claimId={claim.id} version={claim.version} /> : null}
        </>
      )}
      <ClaimTimeline events={history.timeline} />
    </>
  );
}

/** The `?imported=N` the CSV import leaves behind; anything but a small whole number is ignored. */
function importedCountOf(raw: string | undefined): number | null {
  return raw !== undefined && /^\d{1,5}$/.test(raw) ? Number(raw) : null;
}
