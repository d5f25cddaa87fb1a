import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The years an administrator must enter now (lib/calendar/list-calendar-years.ts), each with a link to the form. */
export async function MissingCalendarYears({ years }: { years: number[] }) {
  if (years.length === 0) return null;
  const t = await getTranslations("calendar");
  return (
    <section aria-labelledby="calendar-missing-title" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="calendar-missing">
      <h2 id="calendar-missing-title" className="font-semibold">
        {t("missingTitle")}
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {years.map((year) => (
          <li key={year}>
            {t("missingYear", { year })}{" "}
            <Link href={`/admin/calendar?year=${year}`} className="text-brand-800 underline">
              {t("enterYear", { year })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
