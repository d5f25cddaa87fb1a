import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { ERROR_MESSAGE_GROUPS } from "./error-codes";

function messageAt(messages: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("domain error codes", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`each has a message where its form looks it up (${locale})`, () => {
      const messages = loadMessages(locale);
      const missing = ERROR_MESSAGE_GROUPS.flatMap(({ namespace, prefix, codes }) =>
        codes.map((code) => `${namespace}.${prefix}${code}`).filter((path) => typeof messageAt(messages, path) !== "string"),
      );
      expect(missing).toEqual([]);
    });
  }
});
