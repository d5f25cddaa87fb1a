// Identifier checks the forms and reviewers need. A check character catches every single
// mistyped character (both schemes use a prime modulus with non-zero weights), so a typo is
// refused at the form instead of creating a second "person" or "enterprise".

import { isValidIsoDate, todayInChina } from "./calendar";
import { EligibilityInputError } from "./errors";
import type { IsoDate } from "./types";

// ── Unified social credit code, GB 32100-2015 ──────────────────────────────────────────

const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const NANCHANG_REGION_PREFIX = "3601";

export type CreditCodeError = "LENGTH" | "CHARSET" | "REGION" | "CHECK_CHARACTER";
export type CreditCodeCheck =
  | { readonly valid: true; readonly code: string; readonly regionCode: string }
  | { readonly valid: false; readonly error: CreditCodeError };

/** Upper-case, no surrounding blanks: how codes are compared and stored. */
export function normaliseCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

function creditCodeCheckCharacter(prefix17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(prefix17.charAt(i));
    if (value < 0) return null;
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

const REGION_DIGITS = /^\d{6}$/;

export function checkCreditCode(input: unknown): CreditCodeCheck {
  if (typeof input !== "string") return { valid: false, error: "LENGTH" };
  const code = normaliseCreditCode(input);
  if (code.length !== 18) return { valid: false, error: "LENGTH" };
  for (const ch of code) {
    if (!CREDIT_CODE_CHARSET.includes(ch)) return { valid: false, error: "CHARSET" };
  }
  const regionCode = code.slice(2, 8);
  if (!REGION_DIGITS.test(regionCode)) return { valid: false, error: "REGION" };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) {
    return { valid: false, error: "CHECK_CHARACTER" };
  }
  return { valid: true, code, regionCode };
}

export function isValidCreditCode(code: unknown): boolean {
  return checkCreditCode(code).valid;
}

/**
 * Whether the administrative-region digits (characters 3 to 8) place the organisation in
 * Nanchang (region codes 3601xx). An invalid code places it nowhere: false.
 */
export function isNanchangCreditCode(code: unknown): boolean {
  const checked = checkCreditCode(code);
  return checked.valid && checked.regionCode.startsWith(NANCHANG_REGION_PREFIX);
}

/** Appends the right check character: for seeds and tests that need valid codes. */
export function makeCreditCode(prefix17: string): string {
  const prefix = normaliseCreditCode(prefix17);
  const check = prefix.length === 17 ? creditCodeCheckCharacter(prefix) : null;
  if (check === null || !REGION_DIGITS.test(prefix.slice(2, 8))) {
    throw new EligibilityInputError(
      "prefix17",
      "INVALID_IDENTIFIER",
      "must be 17 characters of the GB 32100 charset with 6 region digits at positions 3-8",
    );
  }
  return prefix + check;
}

// ── Resident identity card number, GB 11643-1999 ──────────────────────────────────────

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK_CHARS = "10X98765432";
const SEVENTEEN_DIGITS = /^\d{17}$/;
/** Nobody alive was born before this; an older "birth date" is a typo. */
const EARLIEST_BIRTH_DATE = "1900-01-01";

export type ResidentIdError = "FORMAT" | "CHECK_CHARACTER" | "BIRTH_DATE";
export type ResidentIdCheck =
  | { readonly valid: true; readonly id: string; readonly birthDate: IsoDate }
  | { readonly valid: false; readonly error: ResidentIdError };

/** Upper-case X, no surrounding blanks: the form hashed for uniqueness. */
export function normaliseResidentId(id: string): string {
  return id.trim().toUpperCase();
}

function residentIdCheckCharacter(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (prefix17.charCodeAt(i) - 48) * (RESIDENT_ID_WEIGHTS[i] ?? 0);
  }
  return RESIDENT_ID_CHECK_CHARS.charAt(sum % 11);
}

function birthDateOf(prefix17: string): IsoDate {
  return `${prefix17.slice(6, 10)}-${prefix17.slice(10, 12)}-${prefix17.slice(12, 14)}`;
}

/**
 * 18-character numbers only (the 15-digit cards were withdrawn in 2013). `today` defaults
 * to today in Beijing; pass it to make the "not in the future" check reproducible.
 */
export function checkResidentId(input: unknown, today: IsoDate = todayInChina()): ResidentIdCheck {
  if (typeof input !== "string") return { valid: false, error: "FORMAT" };
  const id = normaliseResidentId(input);
  const prefix = id.slice(0, 17);
  const last = id.charAt(17);
  if (id.length !== 18 || !SEVENTEEN_DIGITS.test(prefix) || !/^[0-9X]$/.test(last)) {
    return { valid: false, error: "FORMAT" };
  }
  if (residentIdCheckCharacter(prefix) !== last) return { valid: false, error: "CHECK_CHARACTER" };
  const birthDate = birthDateOf(prefix);
  if (!isValidIsoDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return { valid: false, error: "BIRTH_DATE" };
  }
  return { valid: true, id, birthDate };
}

export function isValidResidentId(id: unknown, today?: IsoDate): boolean {
  return checkResidentId(id, today).valid;
}

/** "3601**********1234": what every page except the identity check shows. */
export function maskResidentId(id: string): string {
  const normalised = normaliseResidentId(id);
  if (normalised.length !== 18) {
    throw new EligibilityInputError("idNumber", "INVALID_IDENTIFIER", "must have 18 characters to be masked");
  }
  return `${normalised.slice(0, 4)}${"*".repeat(10)}${normalised.slice(14)}`;
}

/** Appends the right check character: for seeds and tests that need valid ID numbers. */
export function makeResidentId(prefix17: string): string {
  const prefix = prefix17.trim();
  if (!SEVENTEEN_DIGITS.test(prefix) || !isValidIsoDate(birthDateOf(prefix))) {
    throw new EligibilityInputError(
      "prefix17",
      "INVALID_IDENTIFIER",
      "must be 17 digits with a real birth date YYYYMMDD at positions 7-14",
    );
  }
  return prefix + residentIdCheckCharacter(prefix);
}
