import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Fen, Usd } from "@/components/money";
import { StatusBadge } from "@/components/status-badge";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getOffshoreClaimForOrganisation } from "@/lib/claims/get-offshore-claim";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";

export default async function EnterpriseClaimPage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requireOrganisationMember("ENTERPRISE");
  const { claimId } = await params;
  const t = await getTranslations("enterprise");
  const tCategory = await getTranslations("serviceCategory");
  const claim = await getOffshoreClaimForOrganisation(getPrisma(), user.organisationId, claimId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("claimTitle", { claimNo: claim.claimNo, year: claim.claimYear })}</h1>
      <dl className="mt-4 grid max-w-xl grid-cols-2 gap-2">
        <dt className="font-medium">{t("status")}</dt>
        <dd><StatusBadge status={claim.status} /></dd>
        <dt className="font-medium">{t("offshoreTotal")}</dt>
        <dd><Usd value={claim.offshoreUsdCents} /></dd>
        <dt className="font-medium">{t("onshoreTotal")}</dt>
        <dd><Usd value={claim.onshoreUsdCents} /></dd>
        <dt className="font-medium">{t("amount")}</dt>
        <dd><Fen value={claim.grantedFen ?? claim.entitlementFen} /></dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold">{t("linesTitle")}</h2>
      <table className="mt-2 w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t("contractRegNo")}</th>
            <th scope="col" className="p-2">{t("client")}</th>
            <th scope="col" className="p-2">{t("serviceCategory")}</th>
            <th scope="col" className="p-2 text-right">{t("executedUsd")}</th>
          </tr>
        </thead>
        <tbody>
          {claim.lines.map((line) => (
            <tr key={line.id} className="border-b border-slate-200">
              <td className="p-2">{line.contractRegNo}</td>
              <td className="p-2">{line.clientName} ({line.clientCountry})</td>
              <td className="p-2">{tCategory(line.serviceCategory)}</td>
              <td className="p-2 text-right"><Usd value={line.executedUsdCents} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
