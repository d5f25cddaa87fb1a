import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { findCityLetterhead, localiseLetterhead, type CityLetterhead, type LetterheadRow } from "./letterhead";

/**
 * The city this request's pages speak for: the signed-in user's (a staff member's bureau, a
 * member's organisation's city), else the default city, whose public pages sit at the root as its
 * API does (lib/api/resolve-city.ts). Every document a user can open belongs to their own city
 * (reads are scoped by it), so its letterhead is this one. Cached per request.
 */
export const getDisplayCity = cache(async (): Promise<LetterheadRow> => {
  const user = await getCurrentUser();
  return findCityLetterhead(getPrisma(), user?.cityId);
});

/** This request's city (getDisplayCity) in `locale`. */
export async function getDisplayLetterhead(locale: string): Promise<CityLetterhead> {
  return localiseLetterhead(await getDisplayCity(), locale);
}
