import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import type { DatabaseHandle } from "@/lib/db/client";

/**
 * The job queue is pg-boss (a well-kept, PostgreSQL-backed queue using SKIP LOCKED): jobs live
 * in the database, so every app instance shares them, a crash loses none, and a job can be
 * enqueued inside the same transaction as the change that causes it (see enqueue-email.ts).
 */
export function pgliteJobDb(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      // pg-boss sends its schema scripts as several statements at once: exec runs them all.
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function createJobQueue(database: Pick<DatabaseHandle, "kind" | "pglite" | "pool">, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  const common: PgBoss.ConstructorOptions = { schema: "pgboss", ...options };
  if (database.kind === "pglite") {
    if (!database.pglite) throw new Error("PGlite handle without its instance");
    return new PgBoss({ ...common, db: pgliteJobDb(database.pglite) });
  }
  if (!database.pool) throw new Error("PostgreSQL handle without its pool");
  const pool = database.pool;
  // Share the app's pool rather than opening a second one per instance.
  return new PgBoss({
    ...common,
    db: {
      async executeSql(text: string, values: unknown[] = []) {
        const result = await pool.query(text, values as unknown[]);
        const rows = Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
        return { rows };
      },
    },
  });
}
