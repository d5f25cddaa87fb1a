// Counts the SQL statements Prisma sends, by wrapping the driver adapter (the same one the app
// uses on that database) rather than trusting Prisma's own log: every queryRaw/executeRaw of the
// connection and of each interactive transaction is recorded. BEGIN/COMMIT/ROLLBACK are left out
// of `statements` (the PGlite adapter opens and ends transactions without sending them as
// queries, the pg adapter sends them), so both databases report the same number; transactions
// are counted separately.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "@/tooling/db/test-database";

export interface StatementCounter {
  prisma: PrismaClient;
  /** SQL of every statement sent since the last reset, in order (transaction control left out). */
  statements: string[];
  transactions: number;
  reset(): void;
  close(): Promise<void>;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

function record(counter: { statements: string[] }, query: SqlQuery) {
  if (!TRANSACTION_CONTROL.test(query.sql)) counter.statements.push(query.sql);
}

function wrapQueryable<T extends SqlDriverAdapter | Transaction>(target: T, counter: { statements: string[] }): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (query: SqlQuery) => {
          record(counter, query);
          return (obj[prop] as (q: SqlQuery) => Promise<unknown>).call(obj, query);
        };
      }
      const value = Reflect.get(obj, prop, receiver);
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

function countingFactory(inner: SqlDriverAdapterFactory, counter: { statements: string[]; transactions: number }): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      const wrapped = wrapQueryable(adapter, counter);
      return new Proxy(wrapped, {
        get(obj, prop, receiver) {
          if (prop === "startTransaction") {
            return async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) => {
              counter.transactions++;
              return wrapQueryable(await adapter.startTransaction(isolationLevel), counter);
            };
          }
          return Reflect.get(obj, prop, receiver);
        },
      });
    },
  };
}

/** A second Prisma client on the test database whose statements are counted. */
export function countStatements(db: TestDatabase): StatementCounter {
  const counter = { statements: [] as string[], transactions: 0 };
  let pool: pg.Pool | undefined;
  let inner: SqlDriverAdapterFactory;
  if (db.kind === "pglite") {
    inner = new PrismaPGlite(db.pglite!) as unknown as SqlDriverAdapterFactory;
  } else {
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    inner = new PrismaPg(pool) as unknown as SqlDriverAdapterFactory;
  }
  const prisma = new PrismaClient({ adapter: countingFactory(inner, counter) });
  return {
    prisma,
    get statements() {
      return counter.statements;
    },
    get transactions() {
      return counter.transactions;
    },
    reset() {
      counter.statements = [];
      counter.transactions = 0;
    },
    async close() {
      await prisma.$disconnect();
      await pool?.end();
    },
  };
}
