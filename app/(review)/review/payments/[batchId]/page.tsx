import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { reviewerOf } from "@/lib/auth/actors";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { getPaymentBatch } from "@/lib/grants/payments/list-payment-batches";
import { formatFen, isoDateFromDbDate } from "@/lib/eligibility";
import { MarkBatchPaidForm } from "../../_components/mark-batch-paid-form";
import { ReasonForm } from "../../_components/reason-form";
import { isUuid } from "@/lib/db/is-uuid";
import { EXPORT_FORMATS } from "@/lib/exports/export-format";

export default async function PaymentBatchPage({ params, searchParams }: { params: Promise<{ batchId: string }>; searchParams: Promise<{ error?: string }> }) {
  const user = await requireRole("REVIEWER");
  if (!user.canReleasePayments) forbidden();
  const { batchId } = await params;
  if (!isUuid(batchId)) notFound();
  const batch = await getPaymentBatch(getPrisma(), reviewerOf(user).cityId, batchId);
  if (!batch) notFound();
  const t = await getTranslations("payments");
  const tErrors = await getTranslations("errors");
  const tPrint = await getTranslations("print");
  const tExport = await getTranslations("exportDownload");
  const { error } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("batchTitle", { batchNo: batch.batchNo })}</h1>
      <p className="mt-1 text-sm">
        {t("status")}: <span data-testid="batch-status">{t(`batchStatus.${batch.status}`)}</span> · {t("total")}: <Fen value={batch.totalFen} />
      </p>
      {batch.bankReference ? (
        <p className="mt-1 text-sm">
          {t("bankReference")}: <span data-testid="batch-bank-reference">{batch.bankReference}</span>
          {batch.valueDate ? <> · {t("valueDate")}: <span data-testid="batch-value-date">{isoDateFromDbDate(batch.valueDate)}</span></> : null}
        </p>
      ) : null}
      {error ? <p role="alert" className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-red-800">{tErrors.has(error) ? tErrors(error) : tErrors("unexpected")}</p> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Link href={`/review/payments/${batch.id}/print`} className="text-sm text-brand-700 underline">
          {tPrint("printBatch")}
        </Link>
        {batch.status !== "PAID" ? (
          <form method="post" action={`/api/review/payments/${batch.id}/bank-file`} className="flex flex-wrap gap-2">
            {EXPORT_FORMATS.map((format) => (
              <button key={format} type="submit" name="format" value={format} className="rounded border border-slate-400 bg-white px-4 py-2 text-sm">
                {tExport("link.bankFile", { format: tExport(`format.${format}`) })}
              </button>
            ))}
          </form>
        ) : null}
        {batch.status === "EXPORTED" ? (
          <MarkBatchPaidForm
            batchId={batch.id}
            batchNo={batch.batchNo}
            itemCount={batch.items.filter((item) => item.status === "PENDING").length}
            totalText={formatFen(Number(batch.totalFen))}
          />
        ) : null}
      </div>
      {batch.status === "DRAFT" ? <p className="mt-2 text-sm">{t("exportFirst")}</p> : null}
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t("payee")}</th>
            <th scope="col" className="p-2">{t("claim")}</th>
            <th scope="col" className="p-2 text-right">{t("amount")}</th>
            <th scope="col" className="p-2">{t("itemStatus")}</th>
            <th scope="col" className="p-2">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {batch.items.map((item) => (
            <tr key={item.id} className="border-b border-slate-200 align-top">
              <td className="p-2">{item.ledgerEntry.noticeItem?.publicName} · {t(`rule.${item.ledgerEntry.rule}`)}</td>
              <td className="p-2">{item.ledgerEntry.offshoreClaim?.claimNo ?? item.ledgerEntry.trainingClaim?.claimNo}</td>
              <td className="p-2 text-right"><Fen value={item.ledgerEntry.amountFen} /></td>
              <td className="p-2">
                {t(`itemStatusValue.${item.status}`)}
                {item.failureReason ? ` (${item.failureReason})` : ""}
                {item.ledgerEntry.reversedBy ? ` · ${t("clawedBack")}: ${item.ledgerEntry.reversedBy.reason ?? ""}` : ""}
              </td>
              <td className="p-2">
                {item.status === "PENDING" ? <ReasonForm variant="itemFailed" id={`fail-${item.id}`} fixed={{ itemId: item.id }} /> : null}
                {item.status === "PAID" && !item.ledgerEntry.reversedBy ? <ReasonForm variant="clawBack" id={`claw-${item.id}`} fixed={{ itemId: item.id }} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
