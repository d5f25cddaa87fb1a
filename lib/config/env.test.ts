import { describe, expect, it } from "vitest";
import { MissingSecretError, readServerEnv } from "./env";

const valid = {
  NEXTAUTH_SECRET: "x".repeat(40),
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  PII_LOOKUP_KEY: Buffer.alloc(32, 2).toString("base64"),
  AUDIT_HMAC_KEY: Buffer.alloc(32, 3).toString("base64"),
};

describe("required secrets", () => {
  it("accepts a complete environment", () => {
    expect(readServerEnv(valid).NEXTAUTH_SECRET).toBe(valid.NEXTAUTH_SECRET);
  });

  it("refuses to start naming every missing or malformed secret", () => {
    const attempt = () => readServerEnv({ NEXTAUTH_SECRET: "short", PII_LOOKUP_KEY: "bm90LTMyLWJ5dGVz" });
    expect(attempt).toThrow(MissingSecretError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("NEXTAUTH_SECRET");
      expect(message).toContain("PII_ENCRYPTION_KEY");
      expect(message).toContain("PII_LOOKUP_KEY");
      expect(message).toContain("AUDIT_HMAC_KEY");
    }
  });
});
