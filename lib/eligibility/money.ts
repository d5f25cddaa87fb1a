// Money is integer minor units everywhere (USD cents, RMB fen). Nothing here divides money as
// a float: formatting works on the decimal digits, arithmetic on BigInt, so an amount near
// Number.MAX_SAFE_INTEGER prints and converts exactly.

import { EligibilityInputError } from "./errors";
import type { EligibilityLocale } from "./types";

export type MinorUnits = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Accepts a safe-integer number or a bigint (Prisma BigInt columns) and returns a bigint. */
export function minorUnitsToBigInt(value: unknown, field = "amount"): bigint {
  if (typeof value === "bigint") return value;
  if (value === undefined || value === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new EligibilityInputError(field, "NOT_AN_INTEGER", `must be integer minor units, got ${String(value)}`);
  }
  return BigInt(value);
}

/** A Prisma BigInt (or number) as a safe-integer number, refusing what would lose digits. */
export function minorUnitsToNumber(value: unknown, field = "amount"): number {
  const big = minorUnitsToBigInt(value, field);
  if (big > MAX_SAFE || big < -MAX_SAFE) {
    throw new EligibilityInputError(field, "OUT_OF_RANGE", "exceeds Number.MAX_SAFE_INTEGER minor units");
  }
  return Number(big);
}

/** "1,234,567.00" from 123456700; "-0.05" from -5. Locale-neutral: both locales group by 3. */
export function formatMinorUnits(minor: MinorUnits): string {
  // A safe integer prints its exact digits (no exponent below 1e21), so no BigInt is needed.
  const negative = typeof minor === "bigint" ? minor < 0n : minor < 0;
  const magnitude =
    typeof minor === "number" && Number.isSafeInteger(minor)
      ? String(negative ? -minor : minor)
      : (negative ? -minorUnitsToBigInt(minor, "amount") : minorUnitsToBigInt(minor, "amount")).toString();
  const digits = magnitude.padStart(3, "0");
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${whole}.${digits.slice(-2)}`;
}

function withSymbol(minor: MinorUnits, symbol: string): string {
  const text = formatMinorUnits(minor);
  return text.startsWith("-") ? `-${symbol}${text.slice(1)}` : `${symbol}${text}`;
}

// The yuan sign in both locales (what Chinese and English readers of a Nanchang portal expect);
// "US$" in Chinese text, where a bare "$" is ambiguous.
const FEN_SYMBOL: Record<EligibilityLocale, string> = { "zh-CN": "¥", en: "¥" };
const USD_SYMBOL: Record<EligibilityLocale, string> = { "zh-CN": "US$", en: "$" };

/** "¥246,913.40". */
export function formatFen(fen: MinorUnits, locale: EligibilityLocale = "zh-CN"): string {
  return withSymbol(fen, FEN_SYMBOL[locale] ?? FEN_SYMBOL["zh-CN"]);
}

/** "US$1,234,567.00" in zh-CN, "$1,234,567.00" in en. */
export function formatUsdCents(cents: MinorUnits, locale: EligibilityLocale = "zh-CN"): string {
  return withSymbol(cents, USD_SYMBOL[locale] ?? USD_SYMBOL["zh-CN"]);
}

/** A rate in fen per USD as RMB per USD without trailing zeros: 20 -> "0.2", 125 -> "1.25". */
export function formatFenPerUsd(fenPerUsd: number): string {
  const text = formatMinorUnits(fenPerUsd).replace(/,/g, "");
  return text.replace(/\.?0+$/, "");
}

/**
 * floor(usdCents * fenPerUsd / 100), exact for any safe-integer input: the product can pass
 * 2^53, so it is taken in BigInt. Flooring never pays more than the rule gives.
 */
export function fenFromUsdCents(usdCents: number, fenPerUsd: number, field = "offshoreUsdCents"): number {
  const fen = (BigInt(usdCents) * BigInt(fenPerUsd)) / 100n;
  if (fen > MAX_SAFE) {
    throw new EligibilityInputError(field, "OUT_OF_RANGE", "gives an amount beyond Number.MAX_SAFE_INTEGER fen");
  }
  return Number(fen);
}

const MONEY_TEXT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parses what a person types in a money field into minor units: "1,234.5" -> 123450.
 * Thousands separators must group by three; at most two decimals; no sign, no symbol.
 */
export function parseMoneyToMinor(text: unknown, field = "amount"): number {
  if (text === undefined || text === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof text !== "string") {
    throw new EligibilityInputError(field, "NOT_A_STRING", "must be text");
  }
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new EligibilityInputError(field, "MISSING", "is empty");
  }
  if (/^-/.test(trimmed)) {
    throw new EligibilityInputError(field, "NEGATIVE", "must not be negative");
  }
  const match = MONEY_TEXT.exec(trimmed);
  if (match === null) {
    throw new EligibilityInputError(field, "INVALID_MONEY_TEXT", `is not an amount: ${JSON.stringify(text)}`);
  }
  const whole = (match[1] ?? "0").replace(/,/g, "");
  const fraction = match[2] ?? "";
  if (fraction.length > 2) {
    throw new EligibilityInputError(field, "INVALID_MONEY_TEXT", "has more than two decimals");
  }
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  if (minor > MAX_SAFE) {
    throw new EligibilityInputError(field, "OUT_OF_RANGE", "is too large");
  }
  return Number(minor);
}
