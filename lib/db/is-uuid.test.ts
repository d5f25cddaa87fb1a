import { describe, expect, it } from "vitest";
import { isUuid } from "./is-uuid";

describe("isUuid", () => {
  it("accepts the ids the database gives (uuid v7), in either case", () => {
    expect(isUuid("01a23a86-feec-7321-9582-999578879cb3")).toBe(true);
    expect(isUuid("01A23A86-FEEC-7321-9582-999578879CB3")).toBe(true);
  });

  it("refuses what PostgreSQL would refuse with an error", () => {
    for (const value of ["", "1", "not-a-uuid", "01a23a86-feec-7321-9582-999578879cb", "01a23a86feec732195829995788 79cb3", "01a23a86-feec-7321-9582-999578879cb3' or 1=1"]) {
      expect(isUuid(value), value).toBe(false);
    }
  });
});
