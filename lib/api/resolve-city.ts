import type { Db } from "@/lib/db";
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";

/**
 * The one place the public API turns a city in its path into the city it serves: a row of the
 * City table (issue 22). The un-prefixed paths of v1 answer for the default city, the one the
 * portal started with.
 */
export const DEFAULT_CITY_SLUG = BUILT_IN_CITY_ID;

export interface ResolvedCity {
  id: string;
}

export async function resolveCity(db: Db, slug: string): Promise<ResolvedCity | null> {
  return db.city.findUnique({ where: { id: slug }, select: { id: true } });
}
