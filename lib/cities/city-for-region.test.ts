import { describe, expect, it } from "vitest";
import { cityForRegion, regionInCity } from "./city-for-region";

const nanchang = { id: "nanchang", divisionPrefixes: ["3601"] };
const changsha = { id: "changsha", divisionPrefixes: ["4301"] };

describe("the city of an organisation's region", () => {
  it("is the city whose division prefix covers the region", () => {
    expect(cityForRegion([nanchang, changsha], "360106")).toBe("nanchang");
    expect(cityForRegion([nanchang, changsha], "430102")).toBe("changsha");
  });

  it("prefers the longest prefix", () => {
    const county = { id: "nanchang-county", divisionPrefixes: ["360121"] };
    expect(cityForRegion([nanchang, county], "360121")).toBe("nanchang-county");
    expect(cityForRegion([nanchang, county], "360122")).toBe("nanchang");
  });

  it("is the only city of a one-city deployment, wherever the organisation is registered", () => {
    expect(cityForRegion([nanchang], "440300")).toBe("nanchang");
  });

  it("is none when several cities serve and none covers the region", () => {
    expect(cityForRegion([nanchang, changsha], "440300")).toBeNull();
    expect(cityForRegion([], "360106")).toBeNull();
  });
});

describe("whether a region lies in a city's own territory", () => {
  it("follows the city's division prefixes, even in a one-city portal", () => {
    expect(regionInCity("360106", ["3601"])).toBe(true);
    expect(regionInCity("430102", ["3601"])).toBe(false);
    expect(regionInCity("430102", ["4301"])).toBe(true);
    expect(regionInCity("440300", [])).toBe(false);
  });
});
