import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Client components ("use client") must not reach server code: a client form that imported its
// schema from a domain operation pulled appendAuditEntry → node:crypto into the browser, and the
// bundler shipped a 135 KB gzipped crypto polyfill to every reviewer page (bench/README.md F3).
// Client forms import their schemas from lib/schemas, which must stay free of server imports.
//
// (`import "server-only"` would make `next build` fail instead, but it throws when the same
// modules run under tsx or Vitest: the e2e seed, bench/seed.ts and the DB tests import them.)

const ROOT = path.resolve(__dirname, "../..");
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SERVER_PACKAGES = ["server-only", "pg", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "nodemailer", "next-auth/next"];
const SERVER_FILES = [/^lib\/db(\.ts|\/)/, /^lib\/generated\/prisma\//, /^lib\/audit\//, /^lib\/crypto\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const text = new Map<string, string>();
const read = (file: string) => text.get(file) ?? text.set(file, readFileSync(file, "utf8")).get(file)!;
const directive = (file: string, which: "use client" | "use server") =>
  new RegExp(`^(\\s*(//[^\\n]*|/\\*[\\s\\S]*?\\*/))*\\s*["']${which}["']`).test(read(file));

const imports = new Map<string, string[]>();
/** The modules a file imports for their values (type-only imports are erased and do not count). */
function valueImports(file: string): string[] {
  const cached = imports.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  imports.set(file, out);
  return out;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every path from a client component to server-only code, as "a.tsx → b.ts → node:crypto". */
function serverReachFrom(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const rel = path.relative(ROOT, file);
    if (SERVER_FILES.some((re) => re.test(rel))) return void problems.push([...trail, rel].join(" → "));
    // A server action is a reference in the client bundle: its imports stay on the server.
    if (trail.length > 0 && directive(file, "use server")) return;
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith("@/") || specifier.startsWith(".")) {
        if (/\.(css|json)$/.test(specifier)) continue;
        const next = resolveLocal(file, specifier);
        if (next) walk(next, [...trail, rel]);
      } else if (NODE_BUILTINS.has(specifier) || SERVER_PACKAGES.includes(specifier)) {
        problems.push([...trail, rel, specifier].join(" → "));
      }
    }
  };
  walk(entry, []);
  return problems;
}

describe("client components", () => {
  const clientFiles = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((f) => directive(f, "use client"));

  it("are found", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it("never import server code (node built-ins, the database, the audit log, PII crypto)", () => {
    expect(clientFiles.flatMap(serverReachFrom)).toEqual([]);
  });

  it("import zod schemas only as zod/mini (classic zod is ≈ 40 KB gzipped in the browser)", () => {
    const classic = clientFiles.flatMap((file) => {
      const seen = new Set<string>();
      const found: string[] = [];
      const walk = (f: string, trail: string[]) => {
        if (seen.has(f)) return;
        seen.add(f);
        const rel = path.relative(ROOT, f);
        if (trail.length > 0 && directive(f, "use server")) return;
        for (const specifier of valueImports(f)) {
          if (specifier === "zod" || specifier === "zod/v4") found.push([...trail, rel, specifier].join(" → "));
          else if ((specifier.startsWith("@/") || specifier.startsWith(".")) && !/\.(css|json)$/.test(specifier)) {
            const next = resolveLocal(f, specifier);
            if (next) walk(next, [...trail, rel]);
          }
        }
      };
      walk(file, []);
      return found;
    });
    // Reviewer forms still use lib/review/review-schemas.ts (classic zod, not part of this change);
    // every other client component must be free of classic zod.
    expect(classic.filter((chain) => !chain.includes("lib/review/review-schemas.ts"))).toEqual([]);
  });
});
