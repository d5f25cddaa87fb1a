import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/README.md is the map a newcomer reads first: a folder without its line there is a folder
// nobody has said the business area of.
describe("lib/README.md", () => {
  it("has one line for every folder of lib/, and no line for a folder that is gone", () => {
    const folders = fs
      .readdirSync(__dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const map = fs.readFileSync(path.join(__dirname, "README.md"), "utf8");
    const listed = [...map.matchAll(/^\| `([a-z0-9-]+)\/` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(folders);
  });
});
