import { getFormatter, getTranslations } from "next-intl/server";

/** The bureau's heading and the date, shown only on paper (and in print-to-PDF). */
export async function PrintHeader({ title }: { title: string }) {
  const t = await getTranslations("common");
  const format = await getFormatter();
  return (
    <header className="print-only mb-6 border-b-2 border-black pb-3 text-center">
      <p className="text-lg font-semibold">{t("bureauName")}</p>
      <p className="text-xl font-bold">{title}</p>
      <p className="text-sm">{t("printedOn", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
    </header>
  );
}
