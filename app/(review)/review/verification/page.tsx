import { getFormatter, getTranslations } from "next-intl/server";
import { VerificationImport } from "@/components/verification-import";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listVerificationImports } from "@/lib/verification/import/list-verification-imports";
import { formatRatePerUsd } from "@/lib/verification/reconcile-claim-line";
import { listUsdRates } from "@/lib/verification/set-usd-rate";
import { importVerificationFileAction, inspectVerificationFileAction, previewVerificationImportAction } from "./actions";
import { UsdRateForm } from "./usd-rate-form";

/** A stored calendar day (a @db.Date at 00:00 UTC), in the reader's language. */
const DAY = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const;

export default async function VerificationDataPage() {
  const reviewer = await requireReviewer();
  const t = await getTranslations("verificationImport");
  const format = await getFormatter();
  const [imports, rates] = await Promise.all([listVerificationImports(getPrisma(), reviewer.cityId), listUsdRates(getPrisma(), reviewer.cityId)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      {(["STATISTICS", "FX_RECEIPTS"] as const).map((kind) => (
        <VerificationImport key={kind} kind={kind} inspectAction={inspectVerificationFileAction} previewAction={previewVerificationImportAction} importAction={importVerificationFileAction} />
      ))}
      <section className="mt-8" aria-labelledby="rates-title">
        <h2 id="rates-title" className="text-lg font-semibold">{t("rates.title")}</h2>
        <p className="mt-1 max-w-3xl text-sm">{t("rates.intro")}</p>
        {rates.length === 0 ? (
          <p className="mt-2 text-sm">{t("rates.empty")}</p>
        ) : (
          <table className="mt-2 bg-white text-left text-sm" data-testid="usd-rates">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("rates.year")}</th>
                <th scope="col" className="p-2">{t("rates.currency")}</th>
                <th scope="col" className="p-2">{t("rates.rate")}</th>
                <th scope="col" className="p-2">{t("rates.entered")}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={`${r.year}-${r.currency}`} className="border-b border-slate-200">
                  <td className="p-2">{r.year}</td>
                  <td className="p-2">{r.currency}</td>
                  <td className="p-2">{t("rates.value", { rate: formatRatePerUsd(r.ratePerUsdMicro), currency: r.currency })}</td>
                  <td className="p-2">{format.dateTime(r.enteredAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <UsdRateForm defaultYear={new Date().getFullYear() - 1} />
      </section>
      <section className="mt-8" aria-labelledby="imports-title">
        <h2 id="imports-title" className="text-lg font-semibold">{t("historyTitle")}</h2>
        {imports.length === 0 ? (
          <p className="mt-2 text-sm">{t("historyEmpty")}</p>
        ) : (
          <table className="mt-2 w-full bg-white text-left text-sm" data-testid="verification-imports">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("historyKind")}</th>
                <th scope="col" className="p-2">{t("historyFile")}</th>
                <th scope="col" className="p-2">{t("historyRows")}</th>
                <th scope="col" className="p-2">{t("historyPeriod")}</th>
                <th scope="col" className="p-2">{t("historyWho")}</th>
                <th scope="col" className="p-2">{t("historyWhen")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((b) => (
                <tr key={b.id} className="border-b border-slate-200">
                  <td className="p-2">{b.source === "ENTERPRISE" ? t("kindShort.ENTERPRISE") : t(`kindShort.${b.kind}`)}</td>
                  <td className="p-2 break-all">{b.fileName}</td>
                  <td className="p-2">{t("historyRowsValue", { imported: b.importedCount, rejected: b.rejectedCount, replaced: b.replacedCount })}</td>
                  <td className="p-2">{b.periodFrom && b.periodTo ? `${format.dateTime(b.periodFrom, DAY)} – ${format.dateTime(b.periodTo, DAY)}` : "—"}</td>
                  <td className="p-2">{b.createdBy.name}</td>
                  <td className="p-2">{format.dateTime(b.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
