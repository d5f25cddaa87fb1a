import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors/domain-error";
import { cityForRegion } from "./city-for-region";

/** The city the portal's built-in policy versions (lib/eligibility) and the first demo data belong to. */
export const BUILT_IN_CITY_ID = "nanchang";

/** The city an organisation registering with this credit code belongs to, or null (see cityForRegion). */
export async function findCityForCreditCode(db: Db, creditCode: string): Promise<string | null> {
  const cities = await db.city.findMany({ select: { id: true, divisionPrefixes: true } });
  return cityForRegion(cities, creditCode.slice(2, 8));
}

/** A city's division prefixes: its own territory (see regionInCity). */
export async function cityDivisionPrefixes(db: Db, cityId: string): Promise<string[]> {
  return (await db.city.findUnique({ where: { id: cityId }, select: { divisionPrefixes: true } }))?.divisionPrefixes ?? [];
}

/** The ids of the cities the portal serves. */
export async function servedCityIds(db: Db): Promise<string[]> {
  return (await db.city.findMany({ select: { id: true } })).map((c) => c.id);
}

/** The city of an organisation (its claims are filed with that city's bureau). */
export async function cityOfOrganisation(db: Db, organisationId: string): Promise<string> {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { cityId: true } });
  if (!organisation) throw new NotFoundError();
  return organisation.cityId;
}

