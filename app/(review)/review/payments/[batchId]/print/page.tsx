import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { PaymentBatchSheetBody } from "@/components/print/payment-batch-sheet";
import { PrintDocument } from "@/components/print/print-document";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { getPaymentBatchForPrint } from "@/lib/print/get-payment-batch-for-print";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("print"))("batchTitle") };
}

/** A payment batch as a printed list, for reviewers who may release payments (as the batch page). */
export default async function PaymentBatchPrintPage({ params }: { params: Promise<{ batchId: string }> }) {
  const reviewer = await requireReviewer();
  if (!reviewer.canReleasePayments) forbidden();
  const { batchId } = await params;
  const batch = await getPaymentBatchForPrint(getPrisma(), reviewer.cityId, batchId);
  if (!batch) notFound();
  const t = await getTranslations("print");
  return (
    <PrintDocument title={t("batchTitle")} backHref={`/review/payments/${batch.id}`} backLabel={t("backToBatch")}>
      <PaymentBatchSheetBody batch={batch} />
    </PrintDocument>
  );
}
