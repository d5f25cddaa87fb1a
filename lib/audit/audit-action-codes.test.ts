import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { AUDIT_ACTION_CODES, auditActionMessageKey } from "./audit-action-codes";

const ROOTS = ["lib", "app", "tooling", "scripts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The values of DecisionKind, from the schema: review decisions write `review.<kind>` (record-decision.ts). */
function decisionKinds(): string[] {
  const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const body = /enum DecisionKind \{([^}]*)\}/.exec(schema)![1]!;
  return body.split(/\s+/).filter(Boolean);
}

/**
 * Every action code written to the audit log: the dotted string literals of each `action:`
 * property in the source (a ternary gives two; the submissions pass theirs to a shared helper as
 * `audit: { action }`, so files are not limited to those calling appendAuditEntry), and the one
 * template, `review.<kind>`.
 */
function writtenActionCodes(): { codes: Set<string>; templates: string[] } {
  const codes = new Set<string>();
  const templates: string[] = [];
  for (const root of ROOTS) {
    for (const file of sourceFiles(path.join(process.cwd(), root))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\baction:\s*([^,\n}]+)/g)) {
        const expression = match[1]!;
        if (expression.includes("`")) templates.push(`${path.relative(process.cwd(), file)}: ${expression.trim()}`);
        for (const literal of expression.matchAll(/"([a-z0-9-]+\.[a-z0-9.-]+)"/g)) codes.add(literal[1]!);
      }
    }
  }
  return { codes, templates };
}

function messageAt(messages: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe("audit action codes", () => {
  const { codes, templates } = writtenActionCodes();

  it("finds the codes the code base writes (the scan itself works)", () => {
    expect(codes.size).toBeGreaterThan(40);
    expect(codes).toContain("offshore-claim.submit");
    expect(codes).toContain("user.disable");
  });

  it("knows every code an appendAuditEntry call writes", () => {
    const missing = [...codes].filter((code) => !(AUDIT_ACTION_CODES as readonly string[]).includes(code));
    expect(missing).toEqual([]);
  });

  it("knows every code of the one templated action (review.<decision kind>)", () => {
    expect(templates).toEqual([expect.stringMatching(/^lib\/review\/record-decision\.ts: `review\.\$\{decision\.kind/)]);
    for (const kind of decisionKinds()) {
      expect(AUDIT_ACTION_CODES).toContain(`review.${kind.toLowerCase().replace("_", "-")}`);
    }
  });

  it("has a message for every known code in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const audit = loadMessages(locale).audit as Record<string, unknown>;
      const missing = AUDIT_ACTION_CODES.filter((code) => typeof messageAt(audit, auditActionMessageKey(code)!) !== "string");
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it("falls back (no key) for a code it does not know, so the page shows the code itself", () => {
    expect(auditActionMessageKey("offshore-claim.submit")).toBe("actions.offshore-claim.submit");
    expect(auditActionMessageKey("something.new")).toBeNull();
  });
});
