import { z } from "./z";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { isValidCreditCode } from "@/lib/eligibility";
import { DISTRICT_CODE_PATTERN } from "@/lib/organisations/districts";

// Every schema in lib/schemas is written with zod/mini: client forms import them for
// zodResolver, and classic zod costs ≈ 40 KB gzipped of first-load JS on every page with a form
// (zod/mini ≈ 6 KB; bench/README.md F1). Server actions parse with the same schemas.
// Shared field rules. Every message is a key of the "validation" namespace.
export const requiredText = (max = 200) => z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(max, "tooLong"));
export const optionalText = (max = 200) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, "tooLong"))),
    z.transform((v: string | undefined) => (v ? v : undefined)),
  );

/** The highest value PostgreSQL's int column holds: a larger "version" is invalid input, not a database error. */
export const MAX_RECORD_VERSION = 2_147_483_647;
/** The version of a record the form was loaded at (optimistic concurrency). */
export const recordVersionField = z.coerce.number().check(z.int(), z.gte(0), z.lte(MAX_RECORD_VERSION));

export const emailField = z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, "required"), z.maxLength(254, "tooLong"), z.email("email"));

export const phoneField = z.string().check(z.trim(), z.minLength(1, "required"), z.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "phone"));

export const creditCodeField = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.minLength(1, "required"),
  z.refine((code) => isValidCreditCode(code), "creditCode"),
);

export const passwordField = z.string().check(z.minLength(MIN_PASSWORD_LENGTH, "passwordTooShort"), z.maxLength(200, "tooLong"));

/**
 * An organisation's district: a code of the right shape. Which codes exist is data (each city's
 * list, CityDistrict) that the browser does not have: the server decides membership
 * (districtRefusal), next to this field.
 */
export const districtField = z.string().check(z.trim(), z.minLength(1, "required"), z.regex(DISTRICT_CODE_PATTERN, "invalid"));
