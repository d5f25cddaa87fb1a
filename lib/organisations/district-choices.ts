import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { districtsForCreditCode, OUTSIDE_NANCHANG, type CityDistricts } from "./districts";

/** One district as a form offers it: its code and its name in the reader's language (null: "outside", named by messages). */
export interface DistrictChoice {
  code: string;
  name: string | null;
}

export interface DistrictChoiceGroup {
  label: string | null;
  districts: DistrictChoice[];
}

function choicesOf(city: CityDistricts | undefined, english: boolean): DistrictChoice[] {
  return (city?.districts ?? []).map((d) => ({ code: d.code, name: english ? d.nameEn : d.nameZh }));
}

/**
 * What the sign-up form offers: the districts of every city the portal serves, under the city's
 * name when there are several; "outside" only while it serves one city (an organisation
 * registered elsewhere then applies to it; with several, such a code is refused).
 */
export async function signUpDistrictChoices(db: Db, locale: Locale): Promise<DistrictChoiceGroup[]> {
  const english = locale === "en";
  const cities = await loadCityDistricts(db);
  if (cities.length <= 1) return [{ label: null, districts: [...choicesOf(cities[0], english), { code: OUTSIDE_NANCHANG, name: null }] }];
  return cities.map((city) => ({ label: english ? city.nameEn : city.nameZh, districts: choicesOf(city, english) }));
}

/** What the profile form offers an organisation: its own city's districts (from its credit code), or only "outside". */
export async function profileDistrictChoices(db: Db, creditCode: string, locale: Locale): Promise<DistrictChoiceGroup[]> {
  const english = locale === "en";
  const cities = await loadCityDistricts(db);
  const codes = districtsForCreditCode(creditCode, cities);
  const named = new Map(cities.flatMap((c) => choicesOf(c, english)).map((d) => [d.code, d.name]));
  return [{ label: null, districts: codes.map((code) => ({ code, name: code === OUTSIDE_NANCHANG ? null : (named.get(code) ?? code) })) }];
}
