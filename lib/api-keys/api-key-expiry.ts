/** A key lives at most this many days after the day it is made: a forgotten key stops within a year. */
export const API_KEY_MAX_DAYS = 365;

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The latest expiry date a key made on `today` (a date in China) may have. */
export function latestApiKeyExpiry(today: string): string {
  return addDays(today, API_KEY_MAX_DAYS);
}

/** An expiry date is after today and at most API_KEY_MAX_DAYS on. */
export function isAllowedApiKeyExpiry(expiresOn: string, today: string): boolean {
  return expiresOn > today && expiresOn <= latestApiKeyExpiry(today);
}

/**
 * The key works through the whole of its expiry day in China (UTC+8) and stops at the midnight
 * that ends it; so a key made now expires at most 366 days from now (the database's CHECK).
 */
export function apiKeyExpiresAt(expiresOn: string): Date {
  return new Date(`${addDays(expiresOn, 1)}T00:00:00+08:00`);
}
