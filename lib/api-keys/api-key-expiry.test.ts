import { describe, expect, it } from "vitest";
import { apiKeyExpiresAt, isAllowedApiKeyExpiry, latestApiKeyExpiry } from "./api-key-expiry";

describe("API key expiry", () => {
  it("is after today and at most 365 days on, across a leap day", () => {
    expect(latestApiKeyExpiry("2027-03-01")).toBe("2028-02-29");
    expect(latestApiKeyExpiry("2026-12-07")).toBe("2027-12-07");
    expect(isAllowedApiKeyExpiry("2026-12-07", "2026-12-07")).toBe(false);
    expect(isAllowedApiKeyExpiry("2026-12-08", "2026-12-07")).toBe(true);
    expect(isAllowedApiKeyExpiry("2027-12-07", "2026-12-07")).toBe(true);
    expect(isAllowedApiKeyExpiry("2027-12-08", "2026-12-07")).toBe(false);
  });

  it("ends at the midnight in China that ends the expiry day, within 366 days of any moment of today", () => {
    expect(apiKeyExpiresAt("2027-12-07").toISOString()).toBe("2027-12-07T16:00:00.000Z");
    const madeAt = new Date("2026-12-06T16:00:00.000Z"); // 00:00 on 2026-12-07 in China
    const days = (apiKeyExpiresAt(latestApiKeyExpiry("2026-12-07")).getTime() - madeAt.getTime()) / 86_400_000;
    expect(days).toBe(366);
  });
});
