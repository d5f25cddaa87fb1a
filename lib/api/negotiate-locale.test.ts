import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it.each([
    [null, "zh-CN"],
    ["", "zh-CN"],
    ["en", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["zh-TW", "zh-CN"],
    ["fr;q=1, en-GB;q=0.8, zh;q=0.5", "en"],
    ["zh;q=0.4, en;q=0.6", "en"],
    ["en;q=0, zh", "zh-CN"],
    ["de, fr", "zh-CN"],
    ["*", "zh-CN"],
  ])("%j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
