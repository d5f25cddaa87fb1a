import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrintDocument } from "@/components/print/print-document";
import { TrainingDecisionNoticeBody } from "@/components/print/training-decision-notice";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getTrainingDecisionNotice } from "@/lib/print/get-training-decision-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("training.noticeTitle") };
}

/** The decision notice of one of the institution's decided training claims, printable. */
export default async function InstitutionDecisionNoticePage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const { claimId } = await params;
  const notice = await getTrainingDecisionNotice(getPrisma(), { organisationId: user.organisationId }, claimId).catch(notFoundIfMissing);
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("training.noticeTitle")} backHref={`/institution/claims/${notice.claim.id}`} backLabel={t("backToClaim")}>
      <TrainingDecisionNoticeBody notice={notice} />
    </PrintDocument>
  );
}
