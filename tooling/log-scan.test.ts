import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeResidentId } from "@/lib/eligibility";
import { maskSecret, residentIdNumbersIn, scanLogText, secretLiteralsIn, secretLiteralsOfProject } from "./log-scan";

const ID = makeResidentId("36010220010315123");
const NONE = { idNumbers: [], bankAccounts: [] };

describe("scanLogText", () => {
  it("finds a planted resident ID number and reports it masked, with its line", () => {
    const log = `ready on 3100\nPOST /institution/trainees/new 200\n[error] could not save trainee ${ID}: unique violation\n`;
    const findings = scanLogText(log, NONE, "server.log");
    expect(findings).toEqual([{ file: "server.log", line: 3, kind: "idNumber", masked: maskSecret(ID) }]);
    expect(JSON.stringify(findings)).not.toContain(ID);
  });

  it("finds a lower-case x check digit and an ID inside JSON or a URL", () => {
    const withX = ["11010519491231002X", "11010519491231002x"].find((v) => residentIdNumbersIn(v).length > 0);
    expect(withX).toBeDefined();
    expect(scanLogText(`{"idNumber":"${ID}"}`, NONE)).toHaveLength(1);
    expect(scanLogText(`GET /api/x?id=${ID}&a=1`, NONE)).toHaveLength(1);
  });

  it("does not flag masked forms, wrong check digits, or longer codes and hashes", () => {
    const wrong = ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1");
    const log = [
      `masked ${ID.slice(0, 4)}**********${ID.slice(14)}`,
      `wrong check digit ${wrong}`,
      `in a longer number 9${ID}`,
      `sha ab${ID}cd`,
      "account ****5678",
      "timestamp 1764040000000",
    ].join("\n");
    expect(scanLogText(log, { idNumbers: [], bankAccounts: ["6216610100005678"] })).toEqual([]);
  });

  it("finds a known bank account with or without the spaces a user types", () => {
    const known = { idNumbers: [], bankAccounts: ["6216 6101 0000 5678"] };
    expect(scanLogText("saved 6216610100005678", known)).toMatchObject([{ kind: "bankAccount", masked: "6216********5678" }]);
    expect(scanLogText("input: 6216 6101 0000 5678", known)).toHaveLength(1);
    expect(scanLogText("input: 6216-6101-0000-5678", known)).toHaveLength(1);
    expect(scanLogText("other 62166101000056789", known)).toEqual([]);
  });
});

describe("secretLiteralsIn", () => {
  it("collects ID numbers and bank-account literals from source text", () => {
    const source = [
      `const a = "${ID}";`,
      `await page.getByLabel("新银行账号").fill("6216 6101 0000 5678");`,
      `[yaohu, "6216610100000000061"],  // bank account`,
      `const phone = "13912345678";`,
      `const notId = "123456789012345678";`,
    ].join("\n");
    expect(secretLiteralsIn(source)).toEqual({ idNumbers: [ID], bankAccounts: ["6216610100005678", "6216610100000000061"] });
  });

  it("reads the project's seed and e2e sources", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "log-scan-"));
    fs.mkdirSync(path.join(root, "e2e"));
    fs.writeFileSync(path.join(root, "e2e", "x.spec.ts"), `fill("${ID}"); bankAccount: "6216610100001234567"`);
    expect(secretLiteralsOfProject(root)).toEqual({ idNumbers: [ID], bankAccounts: ["6216610100001234567"] });
    fs.rmSync(root, { recursive: true, force: true });
  });
});
