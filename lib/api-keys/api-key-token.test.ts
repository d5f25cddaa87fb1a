import { describe, expect, it } from "vitest";
import { bearerKeyOf, generateApiKeyToken, hashApiKey } from "./api-key-token";

describe("API key tokens", () => {
  it("are new every time, start with their prefix, and hash to the stored hash", () => {
    const a = generateApiKeyToken();
    const b = generateApiKeyToken();
    expect(a.key).not.toBe(b.key);
    expect(a.key.startsWith(`${a.prefix}_`)).toBe(true);
    expect(a.prefix).toMatch(/^nck_[0-9a-f]{8}$/);
    expect(a.secretHash).toBe(hashApiKey(a.key));
    expect(a.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.secretHash).not.toContain(a.key.slice(13));
  });

  it("are read from a Bearer header only when shaped like a key", () => {
    const { key } = generateApiKeyToken();
    expect(bearerKeyOf(`Bearer ${key}`)).toBe(key);
    expect(bearerKeyOf(`bearer  ${key}`)).toBe(key);
    expect(bearerKeyOf(null)).toBeNull();
    expect(bearerKeyOf(key)).toBeNull();
    expect(bearerKeyOf(`Basic ${key}`)).toBeNull();
    expect(bearerKeyOf(`Bearer ${key}x`)).toBeNull();
    expect(bearerKeyOf(`Bearer ${key} extra`)).toBeNull();
    expect(bearerKeyOf("Bearer nck_0000000_short")).toBeNull();
  });
});
