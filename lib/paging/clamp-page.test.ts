import { describe, expect, it } from "vitest";
import { clampPage } from "./clamp-page";

describe("clampPage", () => {
  it("keeps a page inside the list", () => {
    expect(clampPage(2, 120, 50)).toEqual({ page: 2, pageCount: 3 });
    expect(clampPage(3, 101, 50)).toEqual({ page: 3, pageCount: 3 });
  });
  it("shows the last page for a page past the end (never 'page 2 of 1')", () => {
    expect(clampPage(2, 3, 50)).toEqual({ page: 1, pageCount: 1 });
    expect(clampPage(99_999, 100, 50)).toEqual({ page: 2, pageCount: 2 });
  });
  it("treats an empty list as one empty page", () => {
    expect(clampPage(5, 0, 50)).toEqual({ page: 1, pageCount: 1 });
  });
  it("starts at page 1 for zero, negative, fractional or non-numeric requests", () => {
    expect(clampPage(0, 100, 50).page).toBe(1);
    expect(clampPage(-3, 100, 50).page).toBe(1);
    expect(clampPage(1.7, 100, 50).page).toBe(1);
    expect(clampPage(Number.NaN, 100, 50).page).toBe(1);
  });
});
