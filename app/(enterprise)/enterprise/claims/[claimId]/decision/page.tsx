import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OffshoreDecisionNoticeBody } from "@/components/print/offshore-decision-notice";
import { PrintDocument } from "@/components/print/print-document";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getOffshoreDecisionNotice } from "@/lib/print/get-offshore-decision-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("noticeTitle") };
}

/** The decision notice of one of the organisation's decided claims, printable. */
export default async function EnterpriseDecisionNoticePage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requireOrganisationMember("ENTERPRISE");
  const { claimId } = await params;
  const notice = await getOffshoreDecisionNotice(getPrisma(), { organisationId: user.organisationId }, claimId).catch(notFoundIfMissing);
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("noticeTitle")} backHref={`/enterprise/claims/${notice.claim.id}`} backLabel={t("backToClaim")}>
      <OffshoreDecisionNoticeBody notice={notice} />
    </PrintDocument>
  );
}
