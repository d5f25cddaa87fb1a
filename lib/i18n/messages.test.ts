import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("message files", () => {
  it("have exactly the same keys in zh-CN and English", () => {
    const zh = keysOf(loadMessages("zh-CN")).sort();
    const en = keysOf(loadMessages("en")).sort();
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it("have no empty message", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      // Loaded once: outside production loadMessages re-reads every file on each call.
      const messages = loadMessages(locale);
      const empty = keysOf(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
