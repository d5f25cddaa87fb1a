// The migration runner: applies prisma/migrations/<timestamp>_<name>/migration.sql in name
// order, each exactly once and inside its own transaction, and records them in Prisma's own
// `_prisma_migrations` table (same layout and checksums, so `prisma migrate deploy` sees them as
// applied and Prisma's diff ignores the table).
//
// Raw SQL only: `pg` for PostgreSQL, PGlite's exec/transaction for PGlite; never Prisma.
// On PostgreSQL every step holds pg_advisory_xact_lock(72707369) (the key Prisma Migrate uses),
// so app instances starting together, or a concurrent `prisma migrate deploy`, take turns and
// each migration is applied once.

import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openRawDatabase, type RawExecutor, type RawQueryable } from "../../lib/db/client";

export const MIGRATIONS_TABLE = "_prisma_migrations";
export const DEFAULT_MIGRATIONS_DIR = "prisma/migrations";
export const MIGRATION_FILE = "migration.sql";
/** The advisory lock key Prisma Migrate takes on PostgreSQL. */
export const MIGRATION_ADVISORY_LOCK_KEY = 72707369;

export interface LocalMigration {
  /** Folder name, e.g. 20261125083000_init. */
  name: string;
  /** Absolute path of its migration.sql. */
  file: string;
  sql: string;
  /** sha256 hex of the file, as Prisma computes it. */
  checksum: string;
}

export interface ApplyMigrationsOptions {
  /** Database to migrate (DATABASE_URL syntax) when neither `raw` nor `db` is given; default process.env.DATABASE_URL. */
  url?: string;
  /** An open database (e.g. the handle from createPrismaClient); PGlite must be migrated through its open instance. */
  db?: { raw: RawExecutor };
  /** A raw executor (takes precedence over db and url). */
  raw?: RawExecutor;
  /** Folder holding the migrations; default prisma/migrations under the current directory. */
  migrationsDir?: string;
  /** Progress lines; default console.log; false for silence. */
  log?: ((line: string) => void) | false;
}

/** A migration failed (rolled back), was edited after being applied, or the history is inconsistent. */
export class MigrationError extends Error {
  readonly migrationName: string | undefined;
  constructor(message: string, migrationName?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
    this.migrationName = migrationName;
  }
}

// ───────────────────────────── local migrations ─────────────────────────────

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Whether a migration script matches the checksum recorded when it was applied. Like Prisma,
 * tolerant of LF/CRLF conversion by git and of the old non-zero-padded hex format.
 */
export function checksumMatches(script: string, checksum: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant, "utf8").digest();
    const hex =
      checksum.length === 64 || checksum === ""
        ? digest.toString("hex")
        : Array.from(digest, (byte) => byte.toString(16)).join("");
    return hex === checksum;
  });
}

/** The migrations of a folder, in name (= timestamp) order. */
export function readLocalMigrations(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): LocalMigration[] {
  // The folder is chosen at run time (tests pass their own), so the bundler must not trace it.
  const base = path.resolve(/*turbopackIgnore: true*/ migrationsDir);
  if (!fs.existsSync(base)) {
    throw new MigrationError(`Migrations folder ${base} does not exist`);
  }
  const lockFile = path.join(base, "migration_lock.toml");
  if (fs.existsSync(lockFile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(fs.readFileSync(lockFile, "utf8"))?.[1];
    if (provider && provider !== "postgresql") {
      throw new MigrationError(`${lockFile} says provider = "${provider}"; these migrations are for PostgreSQL only`);
    }
  }
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(base, name, MIGRATION_FILE);
      if (!fs.existsSync(file)) {
        throw new MigrationError(`Migration folder ${path.join(base, name)} has no ${MIGRATION_FILE}`, name);
      }
      const sql = fs.readFileSync(file, "utf8");
      return { name, file, sql, checksum: sha256Hex(sql) };
    });
}

// ───────────────────────────── the migrations table ─────────────────────────────

// Prisma Migrate's own definition of the table on PostgreSQL.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
  started_at: Date | string;
}

async function lockAndReadHistory(tx: RawQueryable): Promise<MigrationRow[]> {
  await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_ADVISORY_LOCK_KEY})`);
  // Only when missing: the app's own role (README, "Production") may not create tables, yet checks
  // at start-up that nothing is pending.
  const [table] = await tx.query<{ name: string | null }>(`SELECT to_regclass('"${MIGRATIONS_TABLE}"')::text AS name`);
  if (!table?.name) await tx.exec(CREATE_MIGRATIONS_TABLE);
  return tx.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at
       FROM "${MIGRATIONS_TABLE}" ORDER BY started_at, migration_name`,
  );
}

/** Refuses edited and failed migrations; returns the names applied (finished, not rolled back). */
function checkHistory(rows: MigrationRow[], local: LocalMigration[], log: (line: string) => void): Set<string> {
  const byName = new Map(local.map((m) => [m.name, m]));
  const applied = new Set<string>();
  const edited: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration "${row.migration_name}" was started at ${String(row.started_at)} but never finished ` +
          `(a failed \`prisma migrate deploy\`?): it is recorded as failed in ${MIGRATIONS_TABLE}. ` +
          `Check the database by hand, then either finish or undo its changes and set rolled_back_at on that row.`,
        row.migration_name,
      );
    }
    applied.add(row.migration_name);
    const file = byName.get(row.migration_name);
    if (file && !checksumMatches(file.sql, row.checksum)) edited.push(row.migration_name);
  }
  if (edited.length > 0) {
    const first = byName.get(edited[0]!)!;
    throw new MigrationError(
      `Migration${edited.length > 1 ? "s" : ""} ${edited.map((n) => `"${n}"`).join(", ")} ` +
        `${edited.length > 1 ? "were" : "was"} changed after being applied to this database ` +
        `(the checksum of ${displayPath(first.file)} no longer matches ` +
        `the one recorded in ${MIGRATIONS_TABLE}). An applied migration must never be edited: restore ` +
        `the original file (e.g. git checkout) and put the change into a new migration.`,
      edited[0],
    );
  }
  const missing = [...applied].filter((name) => !byName.has(name));
  if (missing.length > 0) {
    log(
      `warning: ${missing.length} migration(s) applied to this database are not in the migrations folder ` +
        `(${missing.join(", ")}); is this an older version of the app?`,
    );
  }
  return applied;
}

// ───────────────────────────── transaction control inside a script ─────────────────────────────

/** BEGIN/COMMIT/ROLLBACK at top level would end the runner's transaction and break atomicity. */
function findTransactionControl(sql: string): string | undefined {
  const stripped = sql
    .replace(/\$([A-Za-z_][A-Za-z0-9_]*)?\$[\s\S]*?\$\1\$/g, "''") // function bodies
    .replace(/'(?:[^']|'')*'/g, "''") // string literals
    .replace(/\/\*[\s\S]*?\*\//g, " ") // block comments
    .replace(/--[^\n]*/g, ""); // line comments
  return /(?:^|;)\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION|END|ABORT)\s*(?:TRANSACTION|WORK)?\s*(?:;|$)/i.exec(
    stripped,
  )?.[1];
}

// ───────────────────────────── errors ─────────────────────────────

/** A path relative to the current directory when it lies inside it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function describeDatabaseError(error: unknown, migration: LocalMigration): string {
  const e = error as { message?: string; code?: string; position?: string | number; detail?: string; hint?: string };
  const parts = [e.message ?? String(error)];
  if (e.code) parts[0] += ` (SQLSTATE ${e.code})`;
  const position = Number(e.position);
  if (Number.isInteger(position) && position > 0) {
    const line = migration.sql.slice(0, position - 1).split("\n").length;
    parts.push(`at line ${line} of ${displayPath(migration.file)}`);
  }
  if (e.detail) parts.push(`detail: ${e.detail}`);
  if (e.hint) parts.push(`hint: ${e.hint}`);
  return parts.join("; ");
}

// ───────────────────────────── the runner ─────────────────────────────

/**
 * Applies the pending migrations, in order, each in its own transaction. Returns the names of
 * the migrations it applied (empty when the database was up to date). Throws MigrationError when
 * a migration fails (that migration is rolled back completely; earlier ones stay applied), when
 * an applied migration's file was changed, or when the table records a failed migration.
 */
export async function applyMigrations(options: ApplyMigrationsOptions = {}): Promise<string[]> {
  const log = options.log === false ? () => undefined : (options.log ?? ((line: string) => console.log(line)));
  const migrationsDir = path.resolve(/*turbopackIgnore: true*/ options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const local = readLocalMigrations(migrationsDir);

  const raw = options.raw ?? options.db?.raw;
  if (raw) return run(raw, local, log);

  const database = openRawDatabase(options.url ?? process.env.DATABASE_URL);
  try {
    return await run(database.raw, local, log);
  } finally {
    await database.close();
  }
}

async function run(raw: RawExecutor, local: LocalMigration[], log: (line: string) => void): Promise<string[]> {
  return raw.withSession(async (session) => {
    const initial = await session.transaction(lockAndReadHistory);
    const applied = checkHistory(initial, local, log);
    const pending = local.filter((m) => !applied.has(m.name));
    if (pending.length === 0) {
      log(`migrations: database is up to date (${applied.size} applied)`);
      return [];
    }
    log(`migrations: ${pending.length} pending (${raw.kind})`);

    const done: string[] = [];
    for (const [index, migration] of pending.entries()) {
      const control = findTransactionControl(migration.sql);
      if (control) {
        throw new MigrationError(
          `Migration "${migration.name}" contains a top-level ${control.toUpperCase()} statement. Each ` +
            `migration already runs inside its own transaction; remove the BEGIN/COMMIT lines.`,
          migration.name,
        );
      }
      log(`applying ${index + 1} of ${pending.length}: ${migration.name} ...`);
      const started = Date.now();
      const appliedNow = await session.transaction(async (tx) => {
        // Re-read under the lock: another instance may have applied it meanwhile.
        const rows = await lockAndReadHistory(tx);
        if (checkHistory(rows, local, () => undefined).has(migration.name)) return false;
        try {
          await tx.exec(migration.sql);
        } catch (error) {
          throw new MigrationError(
            `Migration "${migration.name}" failed and was rolled back (the database is as it was before ` +
              `it): ${describeDatabaseError(error, migration)}`,
            migration.name,
            { cause: error },
          );
        }
        await tx.query(
          `INSERT INTO "${MIGRATIONS_TABLE}"
             (id, checksum, migration_name, logs, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, NULL, now(), clock_timestamp(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        return true;
      });
      if (appliedNow) {
        done.push(migration.name);
        log(`  ${migration.name} applied in ${Date.now() - started} ms`);
      } else {
        log(`  ${migration.name} was applied meanwhile by another process`);
      }
    }
    return done;
  });
}
