// The districts an organisation names at sign-up and in its profile, per city. The lists are data
// (the CityDistrict table, loaded by lib/cities/load-city-districts.ts), so that a city the
// province administrator adds brings its own; the rules here are pure and take the lists as an
// argument. Pure and free of server imports: the form schemas (which run in the browser too) take
// the code pattern from here, while membership is decided on the server, which has the lists.

import { cityForRegion, regionInCity } from "@/lib/cities/city-for-region";

/**
 * An organisation registered where no city of the portal is, served by the only city of a
 * one-city deployment. No city's district (the database refuses it as a code): a fixed code with
 * its name in messages/*\/district.json, keeping its first name since rows and exports carry it.
 */
export const OUTSIDE_NANCHANG = "OUTSIDE_NANCHANG" as const;

/** The shape of a district code (the CHECK "CityDistrict_code_shape"): upper-case A-Z, 0-9 and _. */
export const DISTRICT_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;

/** One district of a city, with its names in both languages. */
export interface District {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A city the portal serves and its districts, in the order its forms list them (possibly none yet). */
export interface CityDistricts {
  cityId: string;
  nameZh: string;
  nameEn: string;
  /** The administrative division prefixes of the city's credit codes (characters 3 to 8). */
  divisionPrefixes: readonly string[];
  districts: readonly District[];
}

/** Why a district does not fit a credit code: a key of the "validation" messages and its parameters. */
export type DistrictRefusal = { code: "districtInCity"; params: { city: string; cityEn: string } } | { code: "districtOutsideNanchang"; params?: undefined };

/** The codes of a city's districts, in the order its forms list them; none for a city without a list. */
export function districtsOfCity(cities: readonly CityDistricts[], cityId: string): readonly string[] {
  return (cities.find((c) => c.cityId === cityId)?.districts ?? []).map((d) => d.code);
}

/**
 * The served city whose territory holds the credit code's region (the longest prefix wins, as for
 * the organisation's city), or null when none does. Unlike the city rule, a one-city portal does
 * not stretch its city to everywhere here: a code registered elsewhere names "outside".
 */
function servedCityOfCode(creditCode: string, cities: readonly CityDistricts[]): CityDistricts | null {
  const region = creditCode.slice(2, 8);
  const city = cities.find((c) => c.cityId === cityForRegion(cities.map((x) => ({ id: x.cityId, divisionPrefixes: x.divisionPrefixes })), region));
  return city && regionInCity(region, city.divisionPrefixes) ? city : null;
}

/** The district codes a form offers an organisation with this credit code: its served city's, or only "outside". */
export function districtsForCreditCode(creditCode: string, cities: readonly CityDistricts[]): readonly string[] {
  const city = servedCityOfCode(creditCode, cities);
  return city ? city.districts.map((d) => d.code) : [OUTSIDE_NANCHANG];
}

/** The city whose district list holds a code (null for "outside" or an unknown code). */
export function cityOfDistrict(cities: readonly CityDistricts[], district: string): string | null {
  return cities.find((c) => c.districts.some((d) => d.code === district))?.cityId ?? null;
}

/** A district's name in the reader's language, from its city's list; null for "outside" or a code the city does not list. */
export function districtName(cities: readonly CityDistricts[], cityId: string, code: string, english: boolean): string | null {
  const district = cities.find((c) => c.cityId === cityId)?.districts.find((d) => d.code === code);
  return district ? (english ? district.nameEn : district.nameZh) : null;
}

/**
 * Why a district does not fit a (valid) credit code, or null when it does: a code registered in a
 * city the portal serves must name one of that city's districts; any other code names "outside".
 * (Whether such a code is served at all is the city rule's decision, lib/cities: with several
 * cities it is refused before its district matters.) Decided on the server, which knows the
 * served cities and their lists: a form in the browser does not.
 */
export function districtRefusal(creditCode: string, district: string, cities: readonly CityDistricts[]): DistrictRefusal | null {
  const city = servedCityOfCode(creditCode, cities);
  if (city) return city.districts.some((d) => d.code === district) ? null : { code: "districtInCity", params: { city: city.nameZh, cityEn: city.nameEn } };
  return district === OUTSIDE_NANCHANG ? null : { code: "districtOutsideNanchang" };
}

/**
 * How a page or export names stored district codes in the reader's language: a city's district by
 * its list, "outside" by the name messages give it (passed in: this module reads no messages), a
 * code its city does not list as the code itself (never dropped).
 */
export function districtLabeller(cities: readonly CityDistricts[], english: boolean, outsideName: string): (cityId: string, code: string) => string {
  return (cityId, code) => (code === OUTSIDE_NANCHANG ? outsideName : (districtName(cities, cityId, code, english) ?? code));
}

/** What an export needs to name districts (lib/exports' ExportLabels, structurally: this module imports nothing of the server's). */
interface DistrictExportLabels {
  locale: string;
  t(key: string): string;
}

/** A district export column's value: the code of the row's city named in the reader's language (see districtLabeller). */
export function districtExportText(cities: readonly CityDistricts[], cityId: string, code: string | null | undefined, labels: DistrictExportLabels): string | null {
  if (!code) return null;
  return districtLabeller(cities, labels.locale === "en", labels.t(`district.${OUTSIDE_NANCHANG}`))(cityId, code);
}
