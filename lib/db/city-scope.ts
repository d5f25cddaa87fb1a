// A transaction inside one city (issue 22, slice 3): the database's row-level security then shows
// and accepts only that city's rows of every city-scoped table (migration
// 20261207133151_row_level_security), whatever the queries inside say. Staff operations run in
// one; it is the database's second line behind their scoped `where` clauses, so a forgotten scope
// finds nothing of another city's instead of leaking it.

import type { Prisma, PrismaClient } from "../generated/prisma/client";

type TransactionOptions = { timeout?: number; maxWait?: number; isolationLevel?: Prisma.TransactionIsolationLevel };

/**
 * Runs `fn` in a transaction that has entered `cityId`. One extra statement, first in the
 * transaction: it sets `app.city_id` for the transaction only and, on a connection that would
 * bypass the policies (a superuser: PGlite's only user), steps down to a role bound by them.
 */
export function inCityTransaction<T>(
  prisma: PrismaClient,
  cityId: string,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await enterCity(tx, cityId);
    return fn(tx);
  }, options);
}

/** Enters `cityId` for the rest of the transaction `tx` is in (for a transaction begun elsewhere). */
export async function enterCity(tx: Prisma.TransactionClient, cityId: string): Promise<void> {
  await tx.$executeRaw`SELECT "portal_enter_city"(${cityId})`;
}
