// The app's database: one Prisma client per process, created on first use from DATABASE_URL
// (see lib/db/client.ts for the URL forms). Importing this module opens nothing, so `next build`
// and modules that merely import it never touch the database.
//
// The instance is cached on globalThis so that Next's dev-mode hot reload does not open a second
// client (for PGlite that would mean a second open of the same data directory).

import { createPrismaClient, type DatabaseHandle } from "./client";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export type { DatabaseHandle, DatabaseKind } from "./client";

/** The client inside `prisma.$transaction(async (tx) => …)`: pass it to helpers that must join the transaction. */
export type Tx = Prisma.TransactionClient;

/** A client or a transaction client: for helpers that work either way. */
export type Db = PrismaClient | Tx;

interface DatabaseCache {
  handle?: DatabaseHandle;
}

function cache(): DatabaseCache {
  const g = globalThis as typeof globalThis & { __portalDatabase?: DatabaseCache };
  return (g.__portalDatabase ??= {});
}

/** The process-wide database handle (Prisma client, raw executor, close()). */
export function getDatabase(): DatabaseHandle {
  const c = cache();
  c.handle ??= createPrismaClient(process.env.DATABASE_URL);
  return c.handle;
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}

/**
 * Test seam: makes getDatabase()/getPrisma() (and so every server action) use a test database.
 * Refused outside Vitest (VITEST is set only by the test runner), so production cannot reach it.
 */
export function setDatabaseForTests(handle: DatabaseHandle | undefined): void {
  if (!process.env.VITEST) throw new Error("setDatabaseForTests is for tests only");
  cache().handle = handle;
}

/** Closes the process's database (Prisma, and the pg pool or PGlite). The next use opens it again. */
export async function closeDatabase(): Promise<void> {
  const c = cache();
  const handle = c.handle;
  c.handle = undefined;
  await handle?.close();
}
