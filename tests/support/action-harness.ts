// Runs the app's real server actions (the exported functions of app/**/actions.ts) in-process
// against a test database. Only the framework's request boundary is replaced, by the vi.mock
// calls of request-boundary.ts, which such a test file imports first: next-auth's cookie decoding
// returns the session id the test chose, next/headers returns fixed headers and a cookie jar,
// revalidatePath does nothing, and the mail queue records instead of starting pg-boss. Everything after that – the
// Session row look-up in getCurrentUser, the role check, the zod parse, the handler, the
// organisation scoping in its queries and the error mapping – is the production code.
import fs from "node:fs";
import path from "node:path";
import type { ActionResult } from "@/lib/actions/action-result";
import type { TestDatabase } from "@/tooling/db/test-database";
import { setDatabaseForTests } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Shared between the vi.mock factories (request-boundary.ts) and the test: which session the "cookie" names. */
export interface RequestState {
  sid: string | null;
  cookies: Map<string, string>;
  mails: unknown[];
}

export const ROLES = ["anonymous", "enterprise", "institution", "reviewer", "paymentReviewer", "administrator", "province"] as const;
export type MatrixRole = (typeof ROLES)[number];

/** What an action call came to, as the matrix states expectations. */
export type Outcome = "ok" | "signedOut" | "forbidden" | "notFound" | "refused" | "invalid" | "unexpected";

/** Outcomes that mean "the caller passed authorization and the handler ran on its own record". */
export const ALLOWED: readonly Outcome[] = ["ok", "refused", "invalid"];

export function classify(result: ActionResult<unknown> | undefined | { thrown: unknown }): { outcome: Outcome; detail: string } {
  if (result && typeof result === "object" && "thrown" in result) {
    const error = result.thrown as { digest?: unknown; message?: unknown };
    const digest = typeof error?.digest === "string" ? error.digest : "";
    if (digest.endsWith(";403")) return { outcome: "forbidden", detail: digest };
    if (digest.endsWith(";404")) return { outcome: "notFound", detail: digest };
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/login")) return { outcome: "signedOut", detail: digest };
    return { outcome: "unexpected", detail: `thrown: ${String(error?.message ?? error)}` };
  }
  if (result === undefined) return { outcome: "ok", detail: "void" };
  if (result.ok) return { outcome: "ok", detail: "" };
  if ("fieldErrors" in result && result.fieldErrors) return { outcome: "invalid", detail: JSON.stringify(result.fieldErrors) };
  const code = "formError" in result ? result.formError : "";
  if (code === "signedOut") return { outcome: "signedOut", detail: code };
  if (code === "forbidden") return { outcome: "forbidden", detail: code };
  if (code === "notFound") return { outcome: "notFound", detail: code };
  if (code === "unexpected") return { outcome: "unexpected", detail: code };
  return { outcome: "refused", detail: String(code) };
}

export type AnyAction = (raw: unknown) => Promise<ActionResult<unknown> | undefined | void>;

/** Calls an action as the session `sid` (null: signed out); a thrown framework error is caught and returned. */
export async function callAs(state: RequestState, sid: string | null, action: AnyAction, raw: unknown) {
  state.sid = sid;
  try {
    return classify((await action(raw)) ?? undefined);
  } catch (thrown) {
    return classify({ thrown });
  } finally {
    state.sid = null;
  }
}

/** A live Session row for the user, as the login would create it. */
export async function sessionFor(prisma: PrismaClient, userId: string): Promise<string> {
  const session = await prisma.session.create({ data: { userId, expiresAt: new Date(Date.now() + 8 * 3600_000) } });
  return session.id;
}

/** Points getPrisma() (used by every action) at the test database. */
export function pointActionsAtDatabase(db: TestDatabase): void {
  setDatabaseForTests({ kind: db.kind, prisma: db.prisma, raw: db.raw, pglite: db.pglite, pool: db.pool, close: async () => undefined });
}

export function releaseActionsDatabase(): void {
  setDatabaseForTests(undefined);
}

/** Every server-action module of the app: app/**\/actions.ts and app/actions/*.ts. */
export function actionModuleFiles(root = path.resolve(import.meta.dirname, "../..")): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "actions.ts" || path.basename(dir) === "actions" && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        found.push(path.relative(root, full).split(path.sep).join("/"));
      }
    }
  };
  walk(path.join(root, "app"));
  return found.sort();
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

export function pdfForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("file", new File([PDF_BYTES], "evidence.pdf", { type: "application/pdf" }));
  return form;
}

export function csvForm(fields: Record<string, string>, csv: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set("file", new File([new TextEncoder().encode(csv)], "upload.csv", { type: "text/csv" }));
  return form;
}

/** Every exported function of every action module, keyed "<file>#<export>" as the matrix rows are. */
export async function loadAllActions(root = path.resolve(import.meta.dirname, "../..")): Promise<Map<string, AnyAction>> {
  const actions = new Map<string, AnyAction>();
  for (const file of actionModuleFiles(root)) {
    const mod = (await import(/* @vite-ignore */ path.resolve(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") actions.set(`${file}#${name}`, value as AnyAction);
    }
  }
  return actions;
}
