import { getLocale, getTranslations } from "next-intl/server";
import { loadCityDistricts } from "@/lib/cities/load-city-districts";
import { getPrisma } from "@/lib/db";
import { districtLabeller } from "./districts";

/**
 * For a page: names stored district codes in the request's language, a city's districts from its
 * list (CityDistrict), "outside" from messages. Takes the city with the code, since each city's
 * list is its own.
 */
export async function requestDistrictLabels(): Promise<(cityId: string, code: string) => string> {
  const [tDistrict, locale, cities] = await Promise.all([getTranslations("district"), getLocale(), loadCityDistricts(getPrisma())]);
  return districtLabeller(cities, locale === "en", tDistrict("OUTSIDE_NANCHANG"));
}
