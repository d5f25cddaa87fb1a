import { describe, expect, it } from "vitest";
import { overlappingPrefix } from "../../lib/cities/division-prefixes";
import { BUILT_IN_CITY_ID } from "../../lib/cities/find-city";
import { benchCities, MAX_BENCH_CITIES } from "./bench-cities";

describe("benchCities", () => {
  it("is Nanchang alone by default, with no tag (its rows stay those of the one-city seed)", () => {
    expect(benchCities(undefined).map((c) => c.id)).toEqual([BUILT_IN_CITY_ID]);
    expect(benchCities("").map((c) => c.id)).toEqual([BUILT_IN_CITY_ID]);
    expect(benchCities("1")[0]!.tag).toBe("");
  });

  it("adds cities after Nanchang, each with its own territory, tag and regions inside it", () => {
    const cities = benchCities(MAX_BENCH_CITIES);
    expect(cities[0]!.id).toBe(BUILT_IN_CITY_ID);
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length);
    expect(new Set(cities.map((c) => c.tag)).size).toBe(cities.length);
    cities.forEach((city, i) => {
      const others = cities.filter((_, j) => j !== i).flatMap((c) => c.divisionPrefixes);
      expect(overlappingPrefix(city.divisionPrefixes, others)).toBeNull();
      for (const region of city.regions) {
        expect(region).toMatch(/^\d{6}$/);
        expect(city.divisionPrefixes.some((p) => region.startsWith(p))).toBe(true);
      }
      // Nanchang's are read from the database by the seed (its migration lists them); every other city brings its own.
      if (city.id !== BUILT_IN_CITY_ID) expect(city.districts.length).toBeGreaterThan(0);
    });
  });

  it("refuses a count it cannot seed", () => {
    for (const bad of [0, MAX_BENCH_CITIES + 1, "2.5", "three"]) expect(() => benchCities(bad)).toThrow(/BENCH_CITIES/);
  });
});
