import { describe, expect, it } from "vitest";
import { overlappingPrefix } from "./division-prefixes";

describe("overlappingPrefix", () => {
  it("finds a prefix equal to, inside or around another city's", () => {
    expect(overlappingPrefix(["3601"], ["3601"])).toBe("3601");
    expect(overlappingPrefix(["360121"], ["3601"])).toBe("360121");
    expect(overlappingPrefix(["4302", "3601"], ["360121"])).toBe("3601");
  });

  it("lets neighbouring codes pass", () => {
    expect(overlappingPrefix(["3604"], ["3601", "4301"])).toBeNull();
    expect(overlappingPrefix(["360201"], ["3601"])).toBeNull();
    expect(overlappingPrefix([], ["3601"])).toBeNull();
  });
});
