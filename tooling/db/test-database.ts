// Fresh, migrated, empty databases for integration tests.
//
//   const db = await createTestDatabase("pglite");    // in-memory PGlite
//   const db = await createTestDatabase("postgres");  // new portal_test_<random> database on the
//                                                     // TEST_DATABASE_URL server, dropped by close()
//   … db.prisma …
//   await db.close();

import { randomBytes } from "node:crypto";
import pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { createPrismaClient, type DatabaseKind, type RawExecutor } from "../../lib/db/client";
import { applyMigrations } from "./migrate";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface TestDatabase {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** "memory://" for PGlite; the new database's postgres:// URL for PostgreSQL. */
  url: string;
  /** Raw SQL on the same database (no Prisma). */
  raw: RawExecutor;
  /** The PGlite instance (kind "pglite"). */
  pglite?: PGlite;
  /** The connection pool (kind "postgres"). */
  pool?: pg.Pool;
  /** Disconnects, closes PGlite / the pool, and drops the PostgreSQL database. */
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Default prisma/migrations. */
  migrationsDir?: string;
  /** PostgreSQL server to create the database on; default process.env.TEST_DATABASE_URL. */
  serverUrl?: string;
}

function testServerUrl(serverUrl?: string): string {
  const url = serverUrl ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: PostgreSQL tests need a server, e.g. " +
        "TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (skip them with describe.skipIf(!process.env.TEST_DATABASE_URL))",
    );
  }
  return url;
}

export interface ScratchPostgresDatabase {
  name: string;
  url: string;
  /** Drops the database (terminating any connection still open on it). */
  drop(): Promise<void>;
}

/**
 * Creates an empty database `<prefix><random>` on the server of `serverUrl`
 * (default TEST_DATABASE_URL). The prefix must start with "portal_".
 */
export async function createPostgresDatabase(
  prefix: string = "portal_test_",
  serverUrl?: string,
): Promise<ScratchPostgresDatabase> {
  if (!/^portal_[a-z0-9_]*$/.test(prefix)) throw new Error(`database prefix must match portal_[a-z0-9_]*: ${prefix}`);
  const server = testServerUrl(serverUrl);
  const name = `${prefix}${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A freshly migrated, empty database with a Prisma client on it. */
export async function createTestDatabase(
  kind: DatabaseKind = "pglite",
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = createPrismaClient("memory://");
    try {
      await applyMigrations({ db: handle, migrationsDir: options.migrationsDir, log: false });
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { kind, prisma: handle.prisma, url: "memory://", raw: handle.raw, pglite: handle.pglite, close: handle.close };
  }

  const database = await createPostgresDatabase("portal_test_", options.serverUrl);
  let handle: ReturnType<typeof createPrismaClient> | undefined;
  const close = async () => {
    try {
      await handle?.close();
    } finally {
      await database.drop();
    }
  };
  try {
    handle = createPrismaClient(database.url);
    await applyMigrations({ db: handle, migrationsDir: options.migrationsDir, log: false });
  } catch (error) {
    await close();
    throw error;
  }
  return { kind, prisma: handle.prisma, url: database.url, raw: handle.raw, pool: handle.pool, close };
}
