import { z } from "./z";
import { DISTRICT_CODE_PATTERN, OUTSIDE_NANCHANG, type District } from "@/lib/organisations/districts";
import { messageWithValues } from "./message-values";

// A city's districts as the province administrator types them (issue 22): one district per line,
// its code, Chinese name and English name separated by spaces ("XUNYANG 浔阳区 Xunyang District").
// A Chinese name has no spaces, so the first word is the code, the second the Chinese name and the
// rest the English name. One textarea rather than a repeatable field: a city's list is usually
// pasted from a document, and the lines read as the list will. Messages are keys of the
// "validation" namespace; a mistake names its line (or its repeated code) so it can be found.

/** Lengths the names may have (a development zone's full name is long). */
export const DISTRICT_NAME_ZH_MAX = 40;
export const DISTRICT_NAME_EN_MAX = 120;
/** More lines than any prefecture-level city has districts, counties and zones. */
export const CITY_DISTRICTS_MAX = 100;

interface DistrictLine extends District {
  /** The line of the text it came from (1-based, blank lines counted), for messages. */
  line: number;
}

/** The text's non-blank lines, split into code, Chinese name and English name (missing parts empty). */
export function splitDistrictLines(text: string): DistrictLine[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ words: raw.trim().split(/\s+/u).filter((w) => w.length > 0), line: index + 1 }))
    .filter(({ words }) => words.length > 0)
    .map(({ words, line }) => ({ line, code: words[0]!, nameZh: words[1] ?? "", nameEn: words.slice(2).join(" ") }));
}

/** The first mistake in a list, as a validation message, or null when the list can be saved. */
export function cityDistrictsMistake(lines: readonly DistrictLine[]): string | null {
  if (lines.length === 0) return "required";
  if (lines.length > CITY_DISTRICTS_MAX) return messageWithValues("cityDistrictsTooMany", { max: CITY_DISTRICTS_MAX });
  const seen = new Set<string>();
  for (const { line, code, nameZh, nameEn } of lines) {
    if (!DISTRICT_CODE_PATTERN.test(code) || code === OUTSIDE_NANCHANG) return messageWithValues("cityDistrictCode", { line, code });
    if (!nameZh || !nameEn) return messageWithValues("cityDistrictNames", { line });
    if (nameZh.length > DISTRICT_NAME_ZH_MAX || nameEn.length > DISTRICT_NAME_EN_MAX) return messageWithValues("cityDistrictNamesTooLong", { line });
    if (seen.has(code)) return messageWithValues("cityDistrictCodeRepeated", { line, code });
    seen.add(code);
  }
  return null;
}

/** The field: the typed list in, the districts in their order out (each mistake at the field, nothing saved). */
export const cityDistrictsField = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(20_000, "tooLong")),
    z.transform((text: string) => splitDistrictLines(text)),
  ).check(
    z.superRefine((lines, ctx) => {
      const mistake = cityDistrictsMistake(lines);
      if (mistake) ctx.addIssue({ code: "custom", message: mistake, input: lines });
    }),
  ),
  z.transform((lines: DistrictLine[]): District[] => lines.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn }))),
);
