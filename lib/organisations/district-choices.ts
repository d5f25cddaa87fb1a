import { BUILT_IN_CITY_ID, servedCityIds } from "@/lib/cities/find-city";
import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { districtsForCreditCode, districtsOfCity, OUTSIDE_NANCHANG, type District } from "./districts";

export interface DistrictChoiceGroup {
  label: string | null;
  districts: readonly District[];
}

/**
 * What the sign-up form offers: the districts of every city the portal serves, under the city's
 * name when there are several; "outside" only while it serves one city (an organisation
 * registered elsewhere then applies to it; with several, such a code is refused).
 */
export async function signUpDistrictChoices(db: Db, locale: Locale): Promise<DistrictChoiceGroup[]> {
  const cities = (await db.city.findMany({ orderBy: { id: "asc" }, select: { id: true, nameZh: true, nameEn: true } }))
    // The city the portal started with first, then the others by id.
    .sort((a, b) => Number(b.id === BUILT_IN_CITY_ID) - Number(a.id === BUILT_IN_CITY_ID));
  if (cities.length <= 1) return [{ label: null, districts: [...districtsOfCity(cities[0]?.id ?? ""), OUTSIDE_NANCHANG] }];
  return cities.map((city) => ({ label: locale === "en" ? city.nameEn : city.nameZh, districts: districtsOfCity(city.id) }));
}

/** What the profile form offers an organisation: its own city's districts (from its credit code), or only "outside". */
export async function profileDistrictChoices(db: Db, creditCode: string): Promise<DistrictChoiceGroup[]> {
  return [{ label: null, districts: districtsForCreditCode(creditCode, await servedCityIds(db)) }];
}
