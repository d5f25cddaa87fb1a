import type { Db } from "@/lib/db";
import { BUILT_IN_CITY_ID } from "./find-city";

// A city's names as its pages, prints and mails show them (issue 22, slice 4). The request-bound
// look-up of "this request's city" is display-city.ts; this file needs no request.

/** A city as its pages, prints and mails name it, in one language. */
export interface CityLetterhead {
  id: string;
  /** "南昌市" / "Nanchang". */
  name: string;
  /** "南昌市商务局" / "Nanchang Municipal Bureau of Commerce": the issuer on prints and the mail signature. */
  bureauName: string;
}

export const LETTERHEAD_SELECT = { id: true, nameZh: true, nameEn: true, bureauNameZh: true, bureauNameEn: true, mailFrom: true } as const;

export type LetterheadRow = { id: string; nameZh: string; nameEn: string; bureauNameZh: string; bureauNameEn: string; mailFrom: string | null };

export function localiseLetterhead(row: Omit<LetterheadRow, "mailFrom">, locale: string): CityLetterhead {
  const english = locale === "en";
  return { id: row.id, name: english ? row.nameEn : row.nameZh, bureauName: english ? row.bureauNameEn : row.bureauNameZh };
}

/** A city's letterhead in both languages; no city, or an unknown one, is the default city's (a city is never deleted). */
export async function findCityLetterhead(db: Db, cityId: string | null | undefined): Promise<LetterheadRow> {
  const row = cityId ? await db.city.findUnique({ where: { id: cityId }, select: LETTERHEAD_SELECT }) : null;
  return row ?? (await db.city.findUniqueOrThrow({ where: { id: BUILT_IN_CITY_ID }, select: LETTERHEAD_SELECT }));
}
