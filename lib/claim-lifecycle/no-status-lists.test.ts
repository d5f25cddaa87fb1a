import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tooling/source-graph";
import { CLAIM_STATUSES } from "./transitions";

// lib/claim-lifecycle is the one place that lists claim statuses. Before it, seven lists in six
// files (and SQL literals beside them) each said what "editable" or "decided" meant, and a review
// page imported "decided" from a print read model. This fails when a file elsewhere writes its
// own list: an array literal with two or more claim status strings, or one string / SQL literal
// naming two or more (`('DRAFT', 'WITHDRAWN')`, `{DRAFT,WITHDRAWN}`). Ask lib/claim-lifecycle.

const SCANNED = ["app", "components", "lib", "prisma/seed", "bench"];
const EXEMPT = [/^lib\/claim-lifecycle\//, /^lib\/generated\//];
const STATUS = new Set<string>(CLAIM_STATUSES);
const STATUS_WORD = new RegExp(`\\b(${CLAIM_STATUSES.join("|")})\\b`, "g");

function statusText(node: ts.Node): string | undefined {
  let n = node;
  while (ts.isAsExpression(n) || ts.isParenthesizedExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;
}

function statusLists(file: string): string[] {
  const text = readFileSync(file, "utf8");
  // Only a file naming two statuses somewhere can hold a list: the others are not parsed.
  if (new Set(text.match(STATUS_WORD) ?? []).size < 2) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node)) {
      const statuses = node.elements.map(statusText).filter((t): t is string => t !== undefined && STATUS.has(t));
      if (statuses.length >= 2) found.push(`${where(node)} [${statuses.join(", ")}]`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const words = new Set(node.text.match(STATUS_WORD) ?? []);
      if (words.size >= 2) found.push(`${where(node)} "${[...words].join(", ")}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("claim status lists", () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((f) => !EXEMPT.some((re) => re.test(path.relative(ROOT, f))));

  it("scans the product code", () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it("are written only in lib/claim-lifecycle", { timeout: 60_000 }, () => {
    expect(files.flatMap(statusLists)).toEqual([]);
  });

  it("the check finds an array, an SQL tuple and an enum-array literal", () => {
    const sample = ts.createSourceFile("probe.ts", `const a = ["DRAFT", "WITHDRAWN" as const]; const b = sql\`NOT IN ('DRAFT', 'REJECTED')\`; const c = "{DRAFT,WITHDRAWN}"; const ok = ["DRAFT", "EXPORTED"];`, ts.ScriptTarget.Latest, true);
    const hits: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isArrayLiteralExpression(node) && node.elements.map(statusText).filter((t) => t && STATUS.has(t)).length >= 2) hits.push("array");
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && new Set(node.text.match(STATUS_WORD) ?? []).size >= 2) hits.push("text");
      ts.forEachChild(node, visit);
    };
    visit(sample);
    expect(hits).toEqual(["array", "text", "text"]);
  });
});
