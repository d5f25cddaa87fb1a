import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Fen, Usd } from "@/components/money";
import { StatusBadge } from "@/components/status-badge";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { listOffshoreClaimsForOrganisation } from "@/lib/offshore-claims/list-offshore-claims";
import { getPrisma } from "@/lib/db";

export default async function EnterpriseClaimsPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("enterprise");
  const tClaim = await getTranslations("offshoreClaim");
  const claims = await listOffshoreClaimsForOrganisation(getPrisma(), user.organisationId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("claimsTitle")}</h1>
      <Link href="/enterprise/claims/new" className="mt-3 inline-block rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
        {tClaim("newClaim")}
      </Link>
      {claims.length === 0 ? (
        <p className="mt-4">{t("noClaims")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t("claimsTitle")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("claimNo")}</th>
              <th scope="col" className="p-2">{t("claimYear")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2 text-right">{t("offshoreTotal")}</th>
              <th scope="col" className="p-2 text-right">{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`/enterprise/claims/${claim.id}`} className="text-brand-700 underline">
                    {claim.claimNo}
                  </Link>
                </td>
                <td className="p-2">{claim.claimYear}</td>
                <td className="p-2"><StatusBadge status={claim.status} /></td>
                <td className="p-2 text-right"><Usd value={claim.offshoreUsdCents} /></td>
                <td className="p-2 text-right"><Fen value={claim.grantedFen ?? claim.entitlementFen} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
