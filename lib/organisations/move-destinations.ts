import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** A city an organisation may move to, with its districts, named in the reader's language (for the move form). */
export interface MoveDestination {
  cityId: string;
  name: string;
  districts: Array<{ code: string; name: string }>;
}

/** Every served city but the administrator's own. */
export async function moveDestinations(db: Db, fromCityId: string, locale: Locale): Promise<MoveDestination[]> {
  const english = locale === "en";
  return (await loadCityDistricts(db))
    .filter((city) => city.cityId !== fromCityId)
    .map((city) => ({
      cityId: city.cityId,
      name: english ? city.nameEn : city.nameZh,
      districts: city.districts.map((d) => ({ code: d.code, name: english ? d.nameEn : d.nameZh })),
    }));
}
