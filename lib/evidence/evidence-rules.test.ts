import { describe, expect, it } from "vitest";
import { isSafeEvidenceFileName } from "./evidence-rules";

describe("isSafeEvidenceFileName", () => {
  it.each(["contract.pdf", "合同扫描件 2024.pdf", "receipt (1).png", "a..b.pdf"])("accepts the bare name %s", (name) => {
    expect(isSafeEvidenceFileName(name)).toBe(true);
  });
  it.each(["../../etc/passwd.pdf", "..\\..\\x.pdf", "C:\\x\\y.pdf", "C:y.pdf", "/etc/passwd.pdf", "dir/a.pdf", "a\u0000.pdf", "a\n.pdf", "..", ".", "", "x".repeat(256)])(
    "refuses %j",
    (name) => {
      expect(isSafeEvidenceFileName(name)).toBe(false);
    },
  );
});
