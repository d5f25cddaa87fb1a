import type { PrismaClient } from "@/lib/generated/prisma/client";

interface PgQuery {
  text: string;
  values?: unknown[];
}

/**
 * The `query()` of a node-postgres pool, as rate-limiter-flexible's RateLimiterPostgres calls it,
 * answered through the app's Prisma client. The same client reaches PostgreSQL (adapter-pg) and
 * the embedded PGlite, so one limiter works on both without a second connection pool.
 *
 * The library's statements are fixed (a single atomic INSERT … ON CONFLICT … RETURNING, a
 * SELECT, a DELETE) and take every value as a bind parameter, so the raw call is safe.
 * bigint columns come back from Prisma as BigInt; the library does arithmetic with Date.now(),
 * so they are turned into numbers (epoch milliseconds fit a double exactly).
 */
export function prismaAsPgPool(prisma: PrismaClient) {
  return {
    async query({ text, values = [] }: PgQuery) {
      if (/^\s*DELETE\b/i.test(text)) {
        const rowCount = await prisma.$executeRawUnsafe(text, ...values);
        return { rows: [], rowCount };
      }
      const raw = await prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(text, ...values);
      const rows = raw.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])),
      );
      return { rows, rowCount: rows.length };
    },
  };
}
