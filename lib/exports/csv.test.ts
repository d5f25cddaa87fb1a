import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvFile, csvLines } from "./csv";
import { numberCell, yuanCell } from "./spreadsheet-cell";

describe("csv writer", () => {
  it("writes BOM, CRLF lines, neutralised text and numbers as they are", () => {
    const csv = csvFile(["name", "amount"], [["=HYPERLINK(\"http://evil.example\")", yuanCell(-5)], ["@SUM(A1)", numberCell(3)], ["甲, \"乙\"", null]]);
    expect(csv).toBe("\uFEFFname,amount\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",-0.05\r\n'@SUM(A1),3\r\n\"甲, \"\"乙\"\"\",\r\n");
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(["'=HYPERLINK(\"http://evil.example\")", "-0.05"]);
  });

  it("quotes every field when asked, without changing the cells", () => {
    expect(csvLines([["+1", yuanCell(100)]], { quoteAll: true })).toBe("\"'+1\",\"1.00\"\r\n");
  });

  it("writes nothing for no rows", () => {
    expect(csvLines([])).toBe("");
  });
});

describe("every CSV the portal writes goes through lib/exports", () => {
  it("no file outside lib/exports calls Papa.unparse", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!["node_modules", ".next", "generated", ".data"].includes(entry.name)) walk(full);
        } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && readFileSync(full, "utf8").includes("unparse(")) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    for (const dir of ["app", "lib", "components"]) walk(path.join(root, dir));
    expect(offenders).toEqual(["lib/exports/csv.ts"]);
  });
});
