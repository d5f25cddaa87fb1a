// npm run db:new-migration -- <name> [--empty]
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with the SQL that takes a
// database built from the existing migrations to prisma/schema.prisma, or says "no changes".
// Runs Prisma's schema engine (WebAssembly) offline with an in-memory PGlite as shadow database:
// no database server and no DATABASE_URL are needed.
// --empty creates the folder with an empty migration.sql, for SQL the schema cannot express
// (CHECK constraints, triggers, data changes).

import fs from "node:fs";
import path from "node:path";
import { DEFAULT_MIGRATIONS_DIR, readLocalMigrations } from "../tooling/db/migrate";
import {
  DEFAULT_SCHEMA_PATH,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  migrationsToSchemaSql,
} from "../tooling/db/schema-engine";

function usage(): never {
  console.error("usage: npm run db:new-migration -- <name> [--empty]   (name: letters, digits, _)");
  process.exit(2);
}

/** YYYYMMDDHHMMSS in UTC, like Prisma, and later than every existing migration. */
function nextTimestamp(existing: string[]): string {
  const format = (d: Date) => d.toISOString().replace(/\D/g, "").slice(0, 14);
  let stamp = format(new Date());
  const latest = existing.map((name) => name.slice(0, 14)).filter((s) => /^\d{14}$/.test(s)).sort().at(-1);
  if (latest && stamp <= latest) {
    const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(latest.slice(i, i + (k === 0 ? 4 : 2))));
    stamp = format(new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s! + 1)));
  }
  return stamp;
}

/** Every migration runs inside the runner's transaction: Prisma's own BEGIN/COMMIT must go. */
function stripTransactionControl(sql: string): string {
  return sql.replace(/^[ \t]*(BEGIN|COMMIT)[ \t]*;[ \t]*$/gim, "-- ($1 removed: each migration runs in a transaction)");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const empty = args.includes("--empty");
  const rawName = args.find((arg) => !arg.startsWith("--"));
  if (!rawName) usage();
  const name = rawName.trim().toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) usage();

  const migrationsDir = path.resolve(DEFAULT_MIGRATIONS_DIR);
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockFile = path.join(migrationsDir, MIGRATION_LOCK_FILE);
  if (!fs.existsSync(lockFile)) fs.writeFileSync(lockFile, MIGRATION_LOCK_CONTENT);
  const existing = readLocalMigrations(migrationsDir).map((m) => m.name);

  let sql: string;
  if (empty) {
    sql = `-- ${name}: hand-written migration. It runs inside a transaction; do not add BEGIN/COMMIT.\n`;
  } else {
    console.log(`comparing ${path.relative(process.cwd(), migrationsDir)} (${existing.length} migrations) with ${DEFAULT_SCHEMA_PATH} ...`);
    sql = await migrationsToSchemaSql(migrationsDir, DEFAULT_SCHEMA_PATH);
    if (sql === "") {
      console.log("no changes: the migrations already produce prisma/schema.prisma");
      return 0;
    }
    sql = stripTransactionControl(sql);
  }

  const folder = path.join(migrationsDir, `${nextTimestamp(existing)}_${name}`);
  fs.mkdirSync(folder);
  const file = path.join(folder, "migration.sql");
  fs.writeFileSync(file, sql);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  if (/\bDROP\s+(TABLE|COLUMN|TYPE)\b|\bALTER\s+COLUMN\b[^;]*\bTYPE\b/i.test(sql)) {
    console.log("warning: it drops or retypes something: check for data loss before applying.");
  }
  console.log("review it, then run: npm run db:migrate");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
