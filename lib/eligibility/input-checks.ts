// Runtime guards for values that cross a trust boundary (form posts, JSON, DB rows): the
// TypeScript types say what callers should pass, these make sure of it before any arithmetic.

import { EligibilityInputError } from "./errors";

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined || value === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new EligibilityInputError(field, "NOT_AN_OBJECT", "must be an object");
  }
  return value as Record<string, unknown>;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (value === undefined || value === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof value !== "boolean") {
    throw new EligibilityInputError(field, "NOT_A_BOOLEAN", "must be true or false");
  }
  return value;
}

export function requireString(value: unknown, field: string): string {
  if (value === undefined || value === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof value !== "string") {
    throw new EligibilityInputError(field, "NOT_A_STRING", "must be a string");
  }
  return value;
}

/** A safe integer >= 0: the only shape money, counts and durations may take here. */
export function requireNonNegativeSafeInteger(value: unknown, field: string): number {
  const n = requireSafeInteger(value, field);
  if (n < 0) {
    throw new EligibilityInputError(field, "NEGATIVE", "must not be negative");
  }
  return n;
}

export function requireSafeInteger(value: unknown, field: string): number {
  if (value === undefined || value === null) {
    throw new EligibilityInputError(field, "MISSING", "is missing");
  }
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new EligibilityInputError(
      field,
      "NOT_AN_INTEGER",
      `must be a safe integer (minor units), got ${String(value)}`,
    );
  }
  return value;
}
