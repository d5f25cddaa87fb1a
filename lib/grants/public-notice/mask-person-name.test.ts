import { describe, expect, it } from "vitest";
import { maskPersonName } from "./mask-person-name";

describe("the name the public notice shows for a trainee", () => {
  it("keeps the family name and the last character", () => {
    expect(maskPersonName("李明")).toBe("李*");
    expect(maskPersonName("张小伟")).toBe("张*伟");
    expect(maskPersonName("欧阳小明")).toBe("欧**明");
    expect(maskPersonName("李")).toBe("李*");
  });
});
