// Bulk inserts through one statement per batch: INSERT … SELECT * FROM unnest($1::type[], …).
// One array parameter per column, so a batch of 5,000 rows is one round trip whatever the width.
import type { RawExecutor, RawQueryable } from "../../lib/db/client";

export type Column = readonly [name: string, pgType: string];

export class BulkTable {
  readonly columns: Column[];
  private buffers: unknown[][];
  rowsWritten = 0;
  constructor(
    readonly name: string,
    columns: Column[],
  ) {
    this.columns = columns;
    this.buffers = columns.map(() => []);
  }
  get pending(): number {
    return this.buffers[0]!.length;
  }
  add(row: Record<string, unknown>): void {
    this.columns.forEach(([name], i) => {
      const v = row[name];
      this.buffers[i]!.push(v === undefined ? null : v);
    });
  }
  async flush(db: RawQueryable): Promise<void> {
    if (this.pending === 0) return;
    const cols = this.columns.map(([n]) => `"${n}"`).join(", ");
    const params = this.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(", ");
    const values = this.buffers.map(arrayLiteral);
    await db.query(`INSERT INTO "${this.name}" (${cols}) SELECT * FROM unnest(${params})`, values);
    this.rowsWritten += this.pending;
    this.buffers = this.columns.map(() => []);
  }
}

/**
 * A PostgreSQL array literal ({"a","b",NULL}), passed as text and cast by $n::type[]: works the
 * same on pg and PGlite (which does not serialise arrays of enum types itself).
 */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return "NULL";
    const text = typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : String(v);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(",")}}`;
}

/** Tables written together: when any buffer is full, all are flushed in dependency order. */
export class BulkGroup {
  constructor(
    private readonly db: RawQueryable,
    readonly tables: BulkTable[],
    private readonly batch = 5000,
    private readonly onFlush: (t: BulkTable) => void = () => undefined,
  ) {}
  async maybeFlush(): Promise<void> {
    if (this.tables.some((t) => t.pending >= this.batch)) await this.flush();
  }
  async flush(): Promise<void> {
    for (const t of this.tables) {
      if (t.pending === 0) continue;
      await t.flush(this.db);
      this.onFlush(t);
    }
  }
}

/** Each statement on a session of its own (PostgreSQL: a pooled client; PGlite: the instance). */
export function queryableOf(raw: RawExecutor): RawQueryable {
  return {
    query: <R = Record<string, unknown>>(sql: string, params?: unknown[]) => raw.withSession((s) => s.query<R>(sql, params)),
    exec: (sql: string) => raw.withSession((s) => s.exec(sql)),
  };
}
