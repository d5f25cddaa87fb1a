import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OffshoreClaimSummaryBody } from "@/components/print/offshore-claim-summary";
import { PrintDocument } from "@/components/print/print-document";
import { TrainingClaimSummaryBody } from "@/components/print/training-claim-summary";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getOffshoreClaimSummary } from "@/lib/print/get-offshore-claim-summary";
import { getTrainingClaimSummary } from "@/lib/print/get-training-claim-summary";

type Params = Promise<{ kind: string; claimId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("print");
  return { title: (await params).kind === "training" ? t("training.summaryTitle") : t("summaryTitle") };
}

/** A claim's printable summary for the reviewers, offshore or training. */
export default async function ReviewClaimSummaryPrintPage({ params }: { params: Params }) {
  const reviewer = await requireReviewer();
  const { kind, claimId } = await params;
  const t = await getTranslations("print");
  if (kind === "offshore") {
    const claim = await getOffshoreClaimSummary(getPrisma(), { cityId: reviewer.cityId }, claimId).catch(notFoundIfMissing);
    return (
      <PrintDocument title={t("summaryTitle")} backHref={`/review/claims/offshore/${claim.id}`} backLabel={t("backToClaim")}>
        <OffshoreClaimSummaryBody claim={claim} />
      </PrintDocument>
    );
  }
  if (kind === "training") {
    const claim = await getTrainingClaimSummary(getPrisma(), { cityId: reviewer.cityId }, claimId).catch(notFoundIfMissing);
    return (
      <PrintDocument title={t("training.summaryTitle")} backHref={`/review/claims/training/${claim.id}`} backLabel={t("backToClaim")}>
        <TrainingClaimSummaryBody claim={claim} />
      </PrintDocument>
    );
  }
  notFound();
}
