import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import type { PaymentBatchForPrint } from "@/lib/print/get-payment-batch-for-print";
import { Facts, IssuerLine } from "./print-document";

/** The body of a printed payment batch: the items with masked accounts, and the totals. */
export async function PaymentBatchSheetBody({ batch }: { batch: PaymentBatchForPrint }) {
  const t = await getTranslations("print");
  const tPayments = await getTranslations("payments");
  const format = await getFormatter();
  const byRule = new Map<string, { count: number; fen: number }>();
  for (const item of batch.items) {
    const sum = byRule.get(item.rule) ?? { count: 0, fen: 0 };
    byRule.set(item.rule, { count: sum.count + 1, fen: sum.fen + item.amountFen });
  }
  return (
    <>
      <section aria-labelledby="batch-facts" className="print-keep">
        <h2 id="batch-facts" className="mb-2 text-base font-semibold">{t("batch.facts")}</h2>
        <Facts
          items={[
            [t("batch.batchNo"), batch.batchNo],
            [t("status"), tPayments(`batchStatus.${batch.status}`)],
            [t("batch.createdAt"), format.dateTime(batch.createdAt, "dateTime")],
            [t("batch.exportedAt"), batch.exportedAt ? format.dateTime(batch.exportedAt, "dateTime") : "—"],
            [t("batch.paidAt"), batch.paidAt ? format.dateTime(batch.paidAt, "dateTime") : "—"],
            [tPayments("bankReference"), <span key="ref" data-testid="print-bank-reference">{batch.bankReference ?? "—"}</span>],
            [tPayments("valueDate"), <span key="vd" data-testid="print-value-date">{batch.valueDate ? format.dateTime(new Date(`${batch.valueDate}T00:00:00+08:00`), "date") : "—"}</span>],
            [t("batch.itemCount"), format.number(batch.items.length)],
            [t("total"), <strong key="total" data-testid="batch-total"><Fen value={batch.totalFen} /></strong>],
          ]}
        />
      </section>
      <section aria-labelledby="batch-items" className="mt-5">
        <h2 id="batch-items" className="mb-2 text-base font-semibold">{t("batch.items")}</h2>
        <table className="print-table w-full border-collapse text-left text-xs" data-testid="print-batch-items">
          <thead>
            <tr>
              <th scope="col">{t("lineNo")}</th>
              <th scope="col">{t("batch.payee")}</th>
              <th scope="col">{t("batch.bank")}</th>
              <th scope="col">{t("batch.account")}</th>
              <th scope="col">{t("batch.purpose")}</th>
              <th scope="col">{t("claimNo")}</th>
              <th scope="col" className="text-right">{t("batch.amount")}</th>
              <th scope="col">{t("batch.itemStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {batch.items.map((item, index) => (
              <tr key={item.id}>
                <td>{index + 1}</td>
                <td>{item.payeeName}</td>
                <td>{item.bankName ?? "—"}</td>
                <td className="whitespace-nowrap tabular-nums" data-testid="masked-account">{item.accountLast4 ? `****${item.accountLast4}` : "—"}</td>
                <td>{tPayments(`rule.${item.rule}`)} ({item.claimYear})</td>
                <td className="whitespace-nowrap">{item.claimNo}</td>
                <td className="whitespace-nowrap text-right"><Fen value={item.amountFen} /></td>
                <td>{tPayments(`itemStatusValue.${item.status}`)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {[...byRule.entries()].map(([rule, sum]) => (
              <tr key={rule}>
                <th scope="row" colSpan={6}>{t("batch.subtotal", { rule: tPayments(`rule.${rule}`), count: sum.count })}</th>
                <td className="text-right"><Fen value={sum.fen} /></td>
                <td />
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={6}>{t("batch.grandTotal", { count: batch.items.length })}</th>
              <td className="text-right font-semibold"><Fen value={batch.totalFen} /></td>
              <td />
            </tr>
          </tfoot>
        </table>
      </section>
      <div className="print-keep mt-10 grid grid-cols-3 gap-6 text-sm">
        <p>{t("batch.preparedBy")}</p>
        <p>{t("batch.checkedBy")}</p>
        <p>{t("batch.approvedBy")}</p>
      </div>
      <IssuerLine date={format.dateTime(new Date(), "date")} />
    </>
  );
}
