/**
 * ISO 3166-1 alpha-2 codes of the places a foreign client can be in. Mainland China (CN) is
 * absent: a client there is onshore business. Hong Kong, Macao and Taiwan count as offshore in
 * the Ministry of Commerce's service-outsourcing statistics. Names come from Intl.DisplayNames
 * in the reader's language, so no list of names is kept here.
 */
export const CLIENT_COUNTRIES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM " +
  "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP " +
  "MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
  "QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN " +
  "TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ") as readonly string[];

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

/**
 * The client countries for a form's list, named and sorted in the reader's language. Built on
 * the server and passed to the browser as data: Node.js and Chromium ship different ICU data
 * (zh-CN "巴勒斯坦领土" against "巴勒斯坦", en "Hong Kong SAR China" against "Hong Kong", and a
 * different collation), so names made on both sides broke React's hydration of the claim form.
 */
export function countryOptions(locale: string): CountryOption[] {
  return CLIENT_COUNTRIES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
