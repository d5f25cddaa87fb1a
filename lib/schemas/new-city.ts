import { z } from "./z";
import { cityDistrictsField } from "./city-districts";
import { emailField, optionalText, passwordField, requiredText } from "./fields";

// A new city on the deployment, with its first administrator (issue 22, slice 5): what the
// province administrator enters. Messages are keys of the "validation" namespace.

/** A city's id is its path segment (/notice/{city}, /api/v1/cities/{city}): the CHECK "City_id_slug". */
export const CITY_ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * The division codes a city covers: one or more 4-digit (a prefecture-level city: "3601") or
 * 6-digit (a county: "360121") prefixes of the credit code's region digits, separated by commas,
 * spaces or the Chinese comma.
 */
export const divisionPrefixesField = z.pipe(
  z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(200, "tooLong")),
  z.transform((text: string) => [...new Set(text.split(/[\s,，、]+/u).filter((part) => part.length > 0))]),
).check(z.refine((prefixes: string[]) => prefixes.length > 0 && prefixes.every((p) => /^\d{4}(\d{2})?$/.test(p)), "divisionPrefixes"));

/** A mail sender: a bare address, or "Name <address>" without quotes or brackets in the name. */
const MAIL_FROM_PATTERN = /^(?:[^"<>\r\n]{1,100} )?<?[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+>?$/u;

/** The city's sender of mails: optional; without one the portal's default sender is used. */
export const mailFromField = optionalText(200).check(z.refine((v: string | undefined) => v === undefined || MAIL_FROM_PATTERN.test(v), "mailFrom"));

export const newCitySchema = z.object({
  cityId: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, "required"), z.regex(CITY_ID_PATTERN, "cityId")),
  nameZh: requiredText(40),
  nameEn: requiredText(80),
  divisionPrefixes: divisionPrefixesField,
  /** Its districts (lib/schemas/city-districts.ts): without them its applicants could not sign up. */
  districts: cityDistrictsField,
  bureauNameZh: requiredText(60),
  bureauNameEn: requiredText(120),
  mailFrom: mailFromField,
  administratorName: requiredText(60),
  administratorEmail: emailField,
  administratorPassword: passwordField,
});

export type NewCityInput = z.input<typeof newCitySchema>;
export type NewCity = z.output<typeof newCitySchema>;
