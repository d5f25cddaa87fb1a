import Link from "next/link";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Fen } from "@/components/money";
import { reviewerOf } from "@/lib/auth/actors";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listHeldGrants, listPayableGrants } from "@/lib/grants/payments/list-payable-grants";
import { listPendingBankAccountChanges } from "@/lib/grants/payments/list-pending-bank-account-changes";
import { listPaymentBatches } from "@/lib/grants/payments/list-payment-batches";
import { confirmBankAccountChangeAction, createPaymentBatchAction } from "../actions";
import { ActionButton } from "../_components/action-button";

export default async function PaymentsPage() {
  const user = await requireRole("REVIEWER");
  if (!user.canReleasePayments) forbidden();
  const reviewer = reviewerOf(user);
  const t = await getTranslations("payments");
  const format = await getFormatter();
  const prisma = getPrisma();
  const [payable, held, bankChanges, batches] = await Promise.all([
    listPayableGrants(prisma, reviewer.cityId),
    listHeldGrants(prisma, reviewer.cityId),
    listPendingBankAccountChanges(prisma, reviewer.cityId),
    listPaymentBatches(prisma, reviewer.cityId),
  ]);
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
        {held.length > 0 ? (
          <div className="mt-4" data-testid="held-grants">
            <h3 className="font-semibold">{t("held")}</h3>
            <p className="mt-1 text-sm">{t("heldSummary", { count: held.length })}</p>
            <ul className="mt-1 text-sm">
              {held.map((g) => (
                <li key={g.id}>
                  {g.publicName} · {t(`rule.${g.rule}`)} · {g.claimNo} · <Fen value={g.amountFen} /> — <strong>{t(`holdReason.${g.reason}`)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="bank-changes" className="mt-6 rounded border border-slate-300 bg-white p-4" data-testid="bank-changes">
        <h2 id="bank-changes" className="text-lg font-semibold">{t("bankChanges")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("bankChangesHint")}</p>
        {bankChanges.length === 0 ? (
          <p className="mt-2 text-sm">{t("bankChangesNone")}</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("changePayee")}</th>
                <th scope="col" className="p-2">{t("changeOld")}</th>
                <th scope="col" className="p-2">{t("changeNew")}</th>
                <th scope="col" className="p-2">{t("changeRequestedAt")}</th>
                <th scope="col" className="p-2">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {bankChanges.map((c) => (
                <tr key={c.id} className="border-b border-slate-200" data-testid="bank-change">
                  <td className="p-2">
                    {c.payee}
                    {c.institution ? <span className="block text-slate-600">{t("trainedBy", { institution: c.institution })}</span> : null}
                  </td>
                  <td className="p-2">{c.oldBankName} {c.oldAccount}</td>
                  <td className="p-2">{c.newBankName} {c.newAccount}</td>
                  <td className="p-2">{format.dateTime(c.requestedAt, "dateTime")}</td>
                  <td className="p-2">
                    <ActionButton action={confirmBankAccountChangeAction} input={{ changeId: c.id }} label={t("confirmAccount")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
