import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OffshoreClaimSummaryBody } from "@/components/print/offshore-claim-summary";
import { PrintDocument } from "@/components/print/print-document";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getOffshoreClaimSummary } from "@/lib/print/get-offshore-claim-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("summaryTitle") };
}

/** A claim's printable summary for the reviewers. */
export default async function ReviewClaimSummaryPrintPage({ params }: { params: Promise<{ kind: string; claimId: string }> }) {
  await requireRole("REVIEWER");
  const { kind, claimId } = await params;
  // Offshore claims only: training claims have no printed summary yet.
  if (kind !== "offshore") notFound();
  const claim = await getOffshoreClaimSummary(getPrisma(), null, claimId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("summaryTitle")} backHref={`/review/claims/offshore/${claim.id}`} backLabel={t("backToClaim")}>
      <OffshoreClaimSummaryBody claim={claim} />
    </PrintDocument>
  );
}
