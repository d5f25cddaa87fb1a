import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OffshoreClaimSummaryBody } from "@/components/print/offshore-claim-summary";
import { PrintDocument } from "@/components/print/print-document";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getOffshoreClaimSummary } from "@/lib/print/get-offshore-claim-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("summaryTitle") };
}

/** The applicant's printable summary of one of its organisation's claims. */
export default async function EnterpriseClaimSummaryPrintPage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requireOrganisationMember("ENTERPRISE");
  const { claimId } = await params;
  const claim = await getOffshoreClaimSummary(getPrisma(), { organisationId: user.organisationId }, claimId).catch(notFoundIfMissing);
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("summaryTitle")} backHref={`/enterprise/claims/${claim.id}`} backLabel={t("backToClaim")}>
      <OffshoreClaimSummaryBody claim={claim} />
    </PrintDocument>
  );
}
