// The districts an organisation names at sign-up and in its profile, per city. Kept in code (with
// their names in messages/*/district.json) rather than in the City table: the values are part of
// every form's schema, which runs in the browser too. A city added without a list here has only
// the "outside" value, and its organisations cannot sign up until its list is added (issue 22).

/** Nanchang's districts, counties and development zones. */
export const NANCHANG_DISTRICTS = [
  "DONGHU",
  "XIHU",
  "QINGYUNPU",
  "QINGSHANHU",
  "XINJIAN",
  "HONGGUTAN",
  "NANCHANG_COUNTY",
  "JINXIAN",
  "ANYI",
  "HIGH_TECH_ZONE",
  "ECONOMIC_DEVELOPMENT_ZONE",
] as const;

/** Changsha's districts, county and county-level cities (the second city of issue 22's demo). */
export const CHANGSHA_DISTRICTS = ["FURONG", "TIANXIN", "YUELU", "KAIFU", "YUHUA", "WANGCHENG", "CHANGSHA_COUNTY", "LIUYANG", "NINGXIANG"] as const;

/**
 * An organisation registered where no city of the portal is, served by the only city of a
 * one-city deployment (the value keeps its first name: rows and exports carry it).
 */
export const OUTSIDE_NANCHANG = "OUTSIDE_NANCHANG" as const;
export const DISTRICTS = [...NANCHANG_DISTRICTS, ...CHANGSHA_DISTRICTS, OUTSIDE_NANCHANG] as const;
export type District = (typeof DISTRICTS)[number];

interface CityDistricts {
  cityId: string;
  /** The administrative division prefix of the city's credit codes (characters 3 to 6). */
  divisionPrefix: string;
  districts: readonly District[];
  /** The validation message when a code of this city names another district. */
  wrongDistrict: "districtInNanchang" | "districtInChangsha";
}

const CITY_DISTRICTS: readonly CityDistricts[] = [
  { cityId: "nanchang", divisionPrefix: "3601", districts: NANCHANG_DISTRICTS, wrongDistrict: "districtInNanchang" },
  { cityId: "changsha", divisionPrefix: "4301", districts: CHANGSHA_DISTRICTS, wrongDistrict: "districtInChangsha" },
];

/** The districts of a city, in the order its forms list them; none for a city without a list. */
export function districtsOfCity(cityId: string): readonly District[] {
  return CITY_DISTRICTS.find((c) => c.cityId === cityId)?.districts ?? [];
}

/** The district list of the served city covering the credit code's region; none when no served city with a list covers it. */
function servedCityOfCode(creditCode: string, servedCityIds: readonly string[]): CityDistricts | null {
  const region = creditCode.slice(2, 8);
  return CITY_DISTRICTS.find((c) => region.startsWith(c.divisionPrefix) && servedCityIds.includes(c.cityId)) ?? null;
}

/** The districts a form offers an organisation with this credit code: its served city's, or only "outside". */
export function districtsForCreditCode(creditCode: string, servedCityIds: readonly string[]): readonly District[] {
  return servedCityOfCode(creditCode, servedCityIds)?.districts ?? [OUTSIDE_NANCHANG];
}

/** The city whose district list a district belongs to (null for "outside"). */
export function cityOfDistrict(district: string): string | null {
  return CITY_DISTRICTS.find((c) => (c.districts as readonly string[]).includes(district))?.cityId ?? null;
}

/**
 * Why a district does not fit a (valid) credit code, or null when it does: a code registered in a
 * city the portal serves must name one of that city's districts; any other code names "outside".
 * (Whether such a code is served at all is the city rule's decision, lib/cities: with several
 * cities it is refused before its district matters.) Decided on the server, which knows the
 * served cities: a form in the browser does not.
 */
export function districtRefusal(creditCode: string, district: string, servedCityIds: readonly string[]): CityDistricts["wrongDistrict"] | "districtOutsideNanchang" | null {
  const city = servedCityOfCode(creditCode, servedCityIds);
  if (city) return (city.districts as readonly string[]).includes(district) ? null : city.wrongDistrict;
  return district === OUTSIDE_NANCHANG ? null : "districtOutsideNanchang";
}
