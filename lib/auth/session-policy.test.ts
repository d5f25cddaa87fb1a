import { describe, expect, it } from "vitest";
import { isSessionActive, SESSION_IDLE_SECONDS } from "./session-policy";

const now = new Date("2026-05-01T10:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

describe("session policy", () => {
  it("is active within its lifetime and idle limit", () => {
    expect(isSessionActive({ expiresAt: minutes(60), lastSeenAt: minutes(-5), revokedAt: null }, now)).toBe(true);
  });
  it("ends when revoked, expired or idle too long", () => {
    expect(isSessionActive({ expiresAt: minutes(60), lastSeenAt: now, revokedAt: minutes(-1) }, now)).toBe(false);
    expect(isSessionActive({ expiresAt: now, lastSeenAt: now, revokedAt: null }, now)).toBe(false);
    const idle = new Date(now.getTime() - SESSION_IDLE_SECONDS * 1000);
    expect(isSessionActive({ expiresAt: minutes(60), lastSeenAt: idle, revokedAt: null }, now)).toBe(false);
  });
});
