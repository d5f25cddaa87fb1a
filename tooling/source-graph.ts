// The app's own import graph, read from the source with the TypeScript parser. Used by tests
// (lib/schemas/client-boundary.test.ts, lib/i18n/client-namespaces.test.ts), never by the app.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const ROOT = path.resolve(__dirname, "..");

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const texts = new Map<string, string>();
const parsed = new Map<string, ts.SourceFile>();
const read = (file: string) => texts.get(file) ?? texts.set(file, readFileSync(file, "utf8")).get(file)!;
const parse = (file: string) => parsed.get(file) ?? parsed.set(file, ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true)).get(file)!;

/** Whether the file starts with the directive (after comments). */
export function hasDirective(file: string, which: "use client" | "use server"): boolean {
  const first = parse(file).statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === which;
}

/**
 * The modules a file imports for their values (type-only imports are erased and do not count),
 * with `import("…")` calls unless `dynamic` is false.
 */
export function valueImports(file: string, { dynamic = true } = {}): string[] {
  const out: string[] = [];
  for (const node of parse(file).statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly || (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  // import("…") too: a lazily loaded module still ships to the browser (later, in its own chunk).
  const visitDynamic = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visitDynamic);
  };
  if (dynamic) visitDynamic(parse(file));
  return out;
}

/** An "@/…" or relative specifier as a source file of the app, or null (a package, CSS, JSON). */
export function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith("@/") && !specifier.startsWith(".")) return null;
  if (/\.(css|json)$/.test(specifier)) return null;
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Walks value imports from `entry` (with `dynamic: false`, only what loads with the page: static
 * imports, not import() calls). `visit` sees each app file with the trail that led to it and
 * each package specifier; returning false stops the walk below that file. A "use server" module
 * is a reference in the client bundle, so the walk never goes past one (other than the entry).
 */
export function walkImports(
  entry: string,
  visit: (file: string, trail: string[], packageSpecifier?: string) => boolean | void,
  seen = new Set<string>(),
  { dynamic = true } = {},
) {
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (trail.length > 0 && hasDirective(file, "use server")) return;
    if (visit(file, trail) === false) return;
    const here = [...trail, path.relative(ROOT, file)];
    for (const specifier of valueImports(file, { dynamic })) {
      const next = resolveLocal(file, specifier);
      if (next) walk(next, here);
      else if (!specifier.startsWith("@/") && !specifier.startsWith(".")) visit(file, here, specifier);
    }
  };
  walk(entry, []);
}

/**
 * The message namespaces a file's useTranslations calls need: the first segment of every string
 * in the argument ("offshoreClaim.submit" → "offshoreClaim"; both branches of a conditional).
 * A call whose namespace cannot be read from the source (no string in it) reports "*".
 */
export function translationNamespaces(file: string): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ["useTranslations", "useMessages"].includes(node.expression.text)) {
      // The values the argument can take: a string, either branch of a conditional, a template's head.
      const values = (n: ts.Expression): string[] => {
        if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return [n.text];
        if (ts.isParenthesizedExpression(n)) return values(n.expression);
        if (ts.isConditionalExpression(n)) return [...values(n.whenTrue), ...values(n.whenFalse)];
        if (ts.isTemplateExpression(n) && n.head.text.includes(".")) return [n.head.text];
        return ["*"];
      };
      const strings = node.expression.text === "useMessages" || node.arguments.length === 0 ? ["*"] : values(node.arguments[0]!);
      for (const s of strings) found.add(s === "*" ? "*" : s.split(".")[0]!);
    }
    node.forEachChild(visit);
  };
  visit(parse(file));
  return [...found];
}
