import { randomInt } from "node:crypto";

// Crockford's base32 without I, L, O, U: readable over the phone, no confusable characters.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A claim number such as A2025-7K3QX9: the rule, the year, and six random characters (a
 * billion combinations per rule and year; the unique index refuses the rare collision and
 * the caller retries).
 */
export function newClaimNumber(rule: "A" | "B", year: number): string {
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${rule}${year}-${suffix}`;
}
