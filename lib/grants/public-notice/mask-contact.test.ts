import { describe, expect, it } from "vitest";
import { maskContact } from "./mask-contact";

describe("maskContact", () => {
  it("keeps the first three and last four digits of a phone number", () => {
    expect(maskContact("PHONE", "13812345678")).toBe("138****5678");
    expect(maskContact("PHONE", "0791-86123456")).toBe("079****3456");
  });
  it("keeps the first character and the domain of an e-mail address", () => {
    expect(maskContact("EMAIL", "zhang.san@example.com")).toBe("z***@example.com");
  });
  it("never contains the whole value", () => {
    for (const [kind, value] of [["PHONE", "13812345678"], ["EMAIL", "li@example.org"]] as const) {
      expect(maskContact(kind, value)).not.toContain(value);
    }
  });
});
