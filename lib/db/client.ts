// Database connection: which database DATABASE_URL names, a Prisma client on it, and a raw SQL
// executor (used by the migration runner, which must not go through Prisma).
//
//   DATABASE_URL unset / empty          embedded PGlite, data in ./.data/pglite
//   a path, file:path or file:///path   embedded PGlite, data in that directory
//   memory://                           in-memory PGlite (tests); each client gets its own
//   postgres:// or postgresql://        PostgreSQL through @prisma/adapter-pg and a pg.Pool
//                                       (size DATABASE_POOL_MAX, default 10)
//
// No side effects at import time: nothing is opened until createPrismaClient / openRawDatabase.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

export type DatabaseKind = "pglite" | "postgres";

export type ResolvedDatabase =
  | {
      kind: "pglite";
      /** Absolute data directory, or "memory://" for an in-memory database. */
      dataDir: string;
      inMemory: boolean;
    }
  | {
      kind: "postgres";
      /** The postgres:// or postgresql:// connection string. */
      url: string;
    };

export const DEFAULT_PGLITE_DIR = ".data/pglite";
export const DEFAULT_POOL_MAX = 10;

/**
 * Which database a DATABASE_URL value names. Relative paths are resolved against `cwd`
 * (default process.cwd(), i.e. the project root for `next start` and the npm scripts).
 */
export function resolveDatabaseUrl(
  url: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): ResolvedDatabase {
  const value = url?.trim() ?? "";
  if (value === "") {
    return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR), inMemory: false };
  }
  if (/^postgres(ql)?:\/\//i.test(value)) {
    return { kind: "postgres", url: value };
  }
  if (/^memory:\/\//i.test(value)) {
    return { kind: "pglite", dataDir: "memory://", inMemory: true };
  }
  if (/^file:\/\//i.test(value)) {
    return { kind: "pglite", dataDir: fileURLToPath(value), inMemory: false };
  }
  if (/^file:/i.test(value)) {
    return { kind: "pglite", dataDir: path.resolve(cwd, value.slice("file:".length)), inMemory: false };
  }
  // Anything else with a URL scheme (mysql://, pglite://, ...) is a mistake; a Windows drive
  // path (C:\...) has a one-letter "scheme" and is a path.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(value);
  if (scheme) {
    throw new Error(
      `DATABASE_URL: unsupported scheme "${scheme[1]}:". Use postgres://… or postgresql://… for ` +
        `PostgreSQL, a directory path or file:path for embedded PGlite, or memory:// for an in-memory PGlite.`,
    );
  }
  return { kind: "pglite", dataDir: path.resolve(cwd, value), inMemory: false };
}

/** Pool size from DATABASE_POOL_MAX (default 10). */
export function poolMaxFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DATABASE_POOL_MAX?.trim();
  if (!raw) return DEFAULT_POOL_MAX;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`DATABASE_POOL_MAX must be a positive integer, got "${raw}"`);
  }
  return n;
}

/** A URL with its password replaced, for log lines and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, "$1***@");
}

// ───────────────────────────── raw SQL (for the migration runner) ─────────────────────────────

export interface RawQueryable {
  /** One statement with $1… parameters; returns the rows as objects. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** A script of any number of statements, without parameters. */
  exec(script: string): Promise<void>;
}

export interface RawSession extends RawQueryable {
  /** Runs fn inside BEGIN … COMMIT on this session; any error rolls back and is rethrown. */
  transaction<T>(fn: (tx: RawQueryable) => Promise<T>): Promise<T>;
}

/** Raw access to a database without Prisma: PGlite's own exec/transaction, or `pg` directly. */
export interface RawExecutor {
  readonly kind: DatabaseKind;
  /** Runs fn on one database session (PostgreSQL: one pooled client held for the duration). */
  withSession<T>(fn: (session: RawSession) => Promise<T>): Promise<T>;
}

export function pgliteExecutor(db: PGlite): RawExecutor {
  const queryable = (q: Pick<PGlite, "query" | "exec">): RawQueryable => ({
    async query<R>(sql: string, params: unknown[] = []) {
      return (await q.query<R>(sql, params)).rows;
    },
    async exec(script: string) {
      await q.exec(script);
    },
  });
  const session: RawSession = {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
  };
  return { kind: "pglite", withSession: (fn) => fn(session) };
}

export function pgPoolExecutor(pool: pg.Pool): RawExecutor {
  return {
    kind: "postgres",
    async withSession(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      const queryable: RawQueryable = {
        async query<R>(sql: string, params: unknown[] = []) {
          return (await client.query(sql, params)).rows as R[];
        },
        async exec(script: string) {
          // Without parameters pg uses the simple query protocol: several statements are fine.
          await client.query(script);
        },
      };
      const session: RawSession = {
        ...queryable,
        async transaction(fn2) {
          await client.query("BEGIN");
          try {
            const result = await fn2(queryable);
            await client.query("COMMIT");
            return result;
          } catch (error) {
            try {
              await client.query("ROLLBACK");
            } catch (rollbackError) {
              broken = rollbackError as Error;
            }
            throw error;
          }
        },
      };
      try {
        return await fn(session);
      } finally {
        client.release(broken ?? false);
      }
    },
  };
}

// ───────────────────────────── PGlite data directory lock ─────────────────────────────

// One PGlite data directory can be opened by one process at a time; a second opener corrupts
// it. A lock file beside the directory (".data/pglite.lock", holding the owner's pid) turns
// that into a clear error. A lock left by a process that no longer runs is taken over.

const heldLocks = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/[\\/]+$/, "")}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" });
      heldLocks.add(lockPath);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldLocks.delete(lockPath);
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let owner = NaN;
    try {
      owner = Number.parseInt(fs.readFileSync(lockPath, "utf8").trim(), 10);
    } catch {
      continue; // removed meanwhile: try again
    }
    const ownedHere = owner === process.pid && heldLocks.has(lockPath);
    if (ownedHere || (Number.isInteger(owner) && owner !== process.pid && processAlive(owner))) {
      throw new Error(
        `The PGlite database in ${dataDir} is already open ` +
          (ownedHere ? "in this process" : `by process ${owner}`) +
          `. One PGlite data directory can be used by one process at a time: stop the other ` +
          `process (e.g. the running app) first, or use PostgreSQL (DATABASE_URL=postgres://…).`,
      );
    }
    // Stale lock (its process is gone): remove it and try again.
    try {
      fs.unlinkSync(lockPath);
    } catch {
      // someone else removed it
    }
  }
  throw new Error(`Could not take the lock ${lockPath} for the PGlite database in ${dataDir}`);
}

function openPGlite(resolved: Extract<ResolvedDatabase, { kind: "pglite" }>): {
  db: PGlite;
  close(): Promise<void>;
} {
  if (resolved.inMemory) {
    const db = new PGlite("memory://");
    return { db, close: () => (db.closed ? Promise.resolve() : db.close()) };
  }
  const release = acquireDirLock(resolved.dataDir);
  try {
    fs.mkdirSync(resolved.dataDir, { recursive: true });
    const db = new PGlite(resolved.dataDir);
    return {
      db,
      async close() {
        try {
          if (!db.closed) await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** How long opening a PostgreSQL connection may take: DATABASE_CONNECT_TIMEOUT_MS, default 5 s. */
export function connectTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DATABASE_CONNECT_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_CONNECT_TIMEOUT_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATABASE_CONNECT_TIMEOUT_MS must be a positive integer, got "${raw}"`);
  return n;
}

function openPool(url: string, max: number): pg.Pool {
  // When the database goes away, requests must fail within a bound and the pool must recover by
  // itself once it is back: a connect timeout (pg waits forever by default, e.g. for a host that
  // vanished), TCP keep-alive so a silently dead connection is noticed, and idle connections
  // closed after a while so few dead ones linger. A broken client is discarded by the pool, and
  // the next checkout opens a new connection: no restart needed.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: connectTimeoutFromEnv(),
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle client losing its connection emits "error" on the pool; unhandled, it would
  // crash the process. The pool replaces the client on the next checkout.
  pool.on("error", (error) => {
    console.error(`[db] idle PostgreSQL connection error: ${error.message}`);
  });
  return pool;
}

// ───────────────────────────── raw connection ─────────────────────────────

export interface RawDatabase {
  kind: DatabaseKind;
  raw: RawExecutor;
  /** Present when kind is "pglite". */
  pglite?: PGlite;
  /** Present when kind is "postgres". */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/** A raw connection without Prisma (migration runner, test set-up). */
export function openRawDatabase(url?: string, options: { poolMax?: number } = {}): RawDatabase {
  const resolved = resolveDatabaseUrl(url);
  if (resolved.kind === "postgres") {
    const pool = openPool(resolved.url, options.poolMax ?? 2);
    let closed = false;
    return {
      kind: "postgres",
      raw: pgPoolExecutor(pool),
      pool,
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  }
  const { db, close } = openPGlite(resolved);
  return { kind: "pglite", raw: pgliteExecutor(db), pglite: db, close };
}

// ───────────────────────────── Prisma client ─────────────────────────────

export interface DatabaseHandle extends RawDatabase {
  prisma: PrismaClient;
  /** Disconnects Prisma and closes the pool or the PGlite instance (prisma.$disconnect() alone does not). */
  close(): Promise<void>;
}

/**
 * A Prisma client on the database `url` names (default process.env.DATABASE_URL), together
 * with a raw executor on the same connection (the migration runner must use it for PGlite: the
 * data directory can only be opened once).
 */
export function createPrismaClient(url: string | undefined = process.env.DATABASE_URL): DatabaseHandle {
  const resolved = resolveDatabaseUrl(url);
  if (resolved.kind === "postgres") {
    const pool = openPool(resolved.url, poolMaxFromEnv());
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    let closing: Promise<void> | undefined;
    return {
      kind: "postgres",
      prisma,
      raw: pgPoolExecutor(pool),
      pool,
      close() {
        closing ??= (async () => {
          try {
            await prisma.$disconnect();
          } finally {
            await pool.end();
          }
        })();
        return closing;
      },
    };
  }
  const { db, close: closePGlite } = openPGlite(resolved);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  let closing: Promise<void> | undefined;
  return {
    kind: "pglite",
    prisma,
    raw: pgliteExecutor(db),
    pglite: db,
    close() {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await closePGlite();
        }
      })();
      return closing;
    },
  };
}
