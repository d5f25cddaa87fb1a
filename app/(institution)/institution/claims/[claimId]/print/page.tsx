import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrintDocument } from "@/components/print/print-document";
import { TrainingClaimSummaryBody } from "@/components/print/training-claim-summary";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { notFoundIfMissing } from "@/lib/errors/not-found-if-missing";
import { getTrainingClaimSummary } from "@/lib/print/get-training-claim-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("training.summaryTitle") };
}

/** The institution's printable summary of one of its training claims; another institution's is a 404. */
export default async function InstitutionClaimSummaryPrintPage({ params }: { params: Promise<{ claimId: string }> }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  const { claimId } = await params;
  const claim = await getTrainingClaimSummary(getPrisma(), { organisationId: user.organisationId }, claimId).catch(notFoundIfMissing);
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("training.summaryTitle")} backHref={`/institution/claims/${claim.id}`} backLabel={t("backToClaim")}>
      <TrainingClaimSummaryBody claim={claim} />
    </PrintDocument>
  );
}
