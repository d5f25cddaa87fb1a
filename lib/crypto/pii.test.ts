import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "x".repeat(40);
  process.env.PII_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.PII_LOOKUP_KEY ??= randomBytes(32).toString("base64");
  process.env.AUDIT_HMAC_KEY ??= randomBytes(32).toString("base64");
});

describe("personal identifiers at rest", async () => {
  const { decryptPii, encryptPii, lookupHash, PiiDecryptionError } = await import("./pii");

  it("round-trips and never stores the plaintext", () => {
    const id = "360102200103151234";
    const envelope = encryptPii(id);
    expect(envelope).not.toContain(id);
    expect(decryptPii(envelope)).toBe(id);
    expect(encryptPii(id)).not.toBe(envelope);
  });

  it("detects tampering (authenticated encryption)", () => {
    const envelope = encryptPii("6216610100001234567");
    const parts = envelope.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptPii(parts.join("."))).toThrow(PiiDecryptionError);
  });

  it("decrypts with an older key after rotation", () => {
    const oldKey = randomBytes(32);
    const envelope = encryptPii("360102200103151234", oldKey);
    expect(() => decryptPii(envelope)).toThrow(PiiDecryptionError);
    expect(decryptPii(envelope, [randomBytes(32), oldKey])).toBe("360102200103151234");
  });

  it("hashes equal values equally for look-up", () => {
    expect(lookupHash("360102200103151234")).toBe(lookupHash("360102200103151234"));
    expect(lookupHash("360102200103151234")).not.toBe(lookupHash("360102200103151235"));
  });
});
