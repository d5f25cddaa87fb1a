import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listPayableGrants } from "@/lib/payments/list-payable-grants";
import { listPaymentBatches } from "@/lib/payments/list-payment-batches";
import { createPaymentBatchAction } from "../actions";
import { ActionButton } from "../_components/action-button";

export default async function PaymentsPage() {
  const user = await requireRole("REVIEWER");
  if (!user.canReleasePayments) forbidden();
  const t = await getTranslations("payments");
  const format = await getFormatter();
  const prisma = getPrisma();
  const [payable, batches] = await Promise.all([listPayableGrants(prisma), listPaymentBatches(prisma)]);
  const total = payable.reduce((s, g) => s + g.amountFen, 0);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="pool" className="mt-4 rounded border border-slate-300 bg-white p-4">
        <h2 id="pool" className="text-lg font-semibold">{t("pool")}</h2>
        <p className="mt-1 text-sm" data-testid="pool-summary">{t("poolSummary", { count: payable.length })} <Fen value={total} /></p>
        <ul className="mt-2 text-sm">
          {payable.map((g) => (
            <li key={g.id}>{g.noticeItem?.publicName} · {t(`rule.${g.rule}`)} · {g.offshoreClaim?.claimNo ?? g.trainingClaim?.claimNo} · <Fen value={g.amountFen} /></li>
          ))}
        </ul>
        <div className="mt-3">
          <ActionButton action={createPaymentBatchAction} input={{}} label={t("createBatch")} />
        </div>
      </section>
      <section aria-labelledby="batches" className="mt-6">
        <h2 id="batches" className="text-lg font-semibold">{t("batches")}</h2>
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("batchNo")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2">{t("items")}</th>
              <th scope="col" className="p-2 text-right">{t("total")}</th>
              <th scope="col" className="p-2">{t("createdAt")}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} className="border-b border-slate-200">
                <td className="p-2"><Link className="underline" href={`/review/payments/${b.id}`}>{b.batchNo}</Link></td>
                <td className="p-2">{t(`batchStatus.${b.status}`)}</td>
                <td className="p-2">{format.number(b._count.items)}</td>
                <td className="p-2 text-right"><Fen value={b.totalFen} /></td>
                <td className="p-2">{format.dateTime(b.createdAt, "dateTime")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
