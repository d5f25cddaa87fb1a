import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDisplayCity } from "@/lib/cities/display-city";
import { localiseLetterhead } from "@/lib/cities/letterhead";

/**
 * The bureau's heading, the document's title and the date. Shown only on paper (and in
 * print-to-PDF) unless `onScreen`, where the page is itself the document (the print layouts).
 */
export async function PrintHeader({ title, onScreen = false }: { title: string; onScreen?: boolean }) {
  const t = await getTranslations("common");
  const format = await getFormatter();
  const Title = onScreen ? "h1" : "p";
  const { bureauName } = localiseLetterhead(await getDisplayCity(), await getLocale());
  return (
    <header className={`${onScreen ? "print-header" : "print-only print-header"} mb-6 border-b-2 border-black pb-3 text-center`}>
      <p className="text-lg font-semibold tracking-widest">{bureauName}</p>
      <Title className="mt-1 text-xl font-bold">{title}</Title>
      <p className="mt-1 text-sm" data-testid="printed-on">{t("printedOn", { date: format.dateTime(new Date(), "date") })}</p>
    </header>
  );
}
