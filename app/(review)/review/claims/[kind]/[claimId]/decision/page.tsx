import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OffshoreDecisionNoticeBody } from "@/components/print/offshore-decision-notice";
import { PrintDocument } from "@/components/print/print-document";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getOffshoreDecisionNotice } from "@/lib/print/get-offshore-decision-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("noticeTitle") };
}

/** A decided claim's notice, printable by the reviewers. */
export default async function ReviewDecisionNoticePage({ params }: { params: Promise<{ kind: string; claimId: string }> }) {
  await requireRole("REVIEWER");
  const { kind, claimId } = await params;
  // Offshore claims only: training claims have no printed notice yet.
  if (kind !== "offshore") notFound();
  const notice = await getOffshoreDecisionNotice(getPrisma(), null, claimId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("noticeTitle")} backHref={`/review/claims/offshore/${notice.claim.id}`} backLabel={t("backToClaim")}>
      <OffshoreDecisionNoticeBody notice={notice} />
    </PrintDocument>
  );
}
