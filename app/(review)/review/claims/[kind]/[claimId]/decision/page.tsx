import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OffshoreDecisionNoticeBody } from "@/components/print/offshore-decision-notice";
import { PrintDocument } from "@/components/print/print-document";
import { TrainingDecisionNoticeBody } from "@/components/print/training-decision-notice";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getOffshoreDecisionNotice } from "@/lib/print/get-offshore-decision-notice";
import { getTrainingDecisionNotice } from "@/lib/print/get-training-decision-notice";

type Params = Promise<{ kind: string; claimId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("print");
  return { title: (await params).kind === "training" ? t("training.noticeTitle") : t("noticeTitle") };
}

/** A decided claim's notice, offshore or training, printable by the reviewers. */
export default async function ReviewDecisionNoticePage({ params }: { params: Params }) {
  const reviewer = await requireReviewer();
  const { kind, claimId } = await params;
  const t = await getTranslations("print");
  if (kind === "offshore") {
    const notice = await getOffshoreDecisionNotice(getPrisma(), { cityId: reviewer.cityId }, claimId).catch(notFoundIfMissing);
    return (
      <PrintDocument title={t("noticeTitle")} backHref={`/review/claims/offshore/${notice.claim.id}`} backLabel={t("backToClaim")}>
        <OffshoreDecisionNoticeBody notice={notice} />
      </PrintDocument>
    );
  }
  if (kind === "training") {
    const notice = await getTrainingDecisionNotice(getPrisma(), { cityId: reviewer.cityId }, claimId).catch(notFoundIfMissing);
    return (
      <PrintDocument title={t("training.noticeTitle")} backHref={`/review/claims/training/${notice.claim.id}`} backLabel={t("backToClaim")}>
        <TrainingDecisionNoticeBody notice={notice} />
      </PrintDocument>
    );
  }
  notFound();
}
