import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasDirective, ROOT, sourceFiles, walkImports } from "@/tooling/source-graph";

// Client components ("use client") must not reach server code: a client form that imported its
// schema from a domain operation pulled appendAuditEntry → node:crypto into the browser, and the
// bundler shipped a 135 KB gzipped crypto polyfill to every reviewer page (bench/README.md F3).
// Client forms import their schemas from lib/schemas, which must stay free of server imports.
//
// (`import "server-only"` would make `next build` fail instead, but it throws when the same
// modules run under tsx or Vitest: the e2e seed, bench/seed.ts and the DB tests import them.)

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SERVER_PACKAGES = ["server-only", "pg", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "nodemailer", "next-auth/next"];
const SERVER_FILES = [/^lib\/db(\.ts|\/)/, /^lib\/generated\/prisma\//, /^lib\/audit\//, /^lib\/crypto\//];

const clientFiles = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((f) => hasDirective(f, "use client"));

function chainsFrom(entry: string, bad: (file: string, packageSpecifier?: string) => boolean, { dynamic = true } = {}): string[] {
  const chains: string[] = [];
  walkImports(entry, (file, trail, packageSpecifier) => {
    if (packageSpecifier !== undefined) {
      if (bad(file, packageSpecifier)) chains.push([...trail, packageSpecifier].join(" → "));
      return;
    }
    if (bad(file)) {
      chains.push([...trail, path.relative(ROOT, file)].join(" → "));
      return false;
    }
  }, new Set(), { dynamic });
  return chains;
}

describe("client components", () => {
  it("are found", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it("never import server code (node built-ins, the database, the audit log, PII crypto)", () => {
    const chains = clientFiles.flatMap((entry) =>
      chainsFrom(entry, (file, specifier) =>
        specifier === undefined ? SERVER_FILES.some((re) => re.test(path.relative(ROOT, file))) : NODE_BUILTINS.has(specifier) || SERVER_PACKAGES.includes(specifier),
      ),
    );
    expect(chains).toEqual([]);
  });

  it("import zod schemas only as zod/mini (classic zod is ≈ 40 KB gzipped in the browser)", () => {
    const chains = clientFiles.flatMap((entry) => chainsFrom(entry, (_file, specifier) => specifier === "zod" || specifier === "zod/v4"));
    // Reviewer forms still use lib/review/review-schemas.ts (classic zod, not part of this change);
    // every other client component must be free of classic zod.
    expect(chains.filter((chain) => !chain.includes("lib/review/review-schemas.ts"))).toEqual([]);
  });

  it("load zod only lazily, through import() (components/use-action-form.ts): it is not first-load JavaScript", () => {
    // 38 KB gzipped on every page with a form when a client component imports a schema statically.
    const chains = clientFiles.flatMap((entry) => chainsFrom(entry, (_file, specifier) => specifier?.startsWith("zod") === true, { dynamic: false }));
    expect(chains).toEqual([]);
  });
});
