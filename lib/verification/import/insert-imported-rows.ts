import { v7 as uuidv7 } from "uuid";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnalysedRow } from "./analyse-import";
import type { ImportKind } from "./import-fields";
import type { ReceiptRecord, StatisticsRecord } from "./parse-import-rows";

/** Rows per statement: the parameters of one statement are held in memory at once, serialised. */
const CHUNK = 2000;

/**
 * Writes an import's valid rows, one INSERT … SELECT FROM unnest(…) per chunk: one array parameter
 * per column. Prisma's createMany built a bind parameter and a query-plan node per cell, and its
 * plans for a 100,000-row file held some 1.1 GB of heap (bench:verification-import); this is 12
 * parameters a statement. Ids are UUIDv7 made here, as the schema's @default(uuid(7)) would have
 * made them in the client (the column has no database default). Amounts go as text to ::bigint[]
 * and dates as ISO text to ::date[], so no driver has to guess a type.
 */
export async function insertImportedRows(tx: Prisma.TransactionClient, kind: ImportKind, cityId: string, importId: string, rows: readonly AnalysedRow[], source: "BUREAU" | "ENTERPRISE") {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    if (kind === "STATISTICS") await insertStatistics(tx, cityId, importId, part.map((r) => r.record as StatisticsRecord));
    else await insertReceipts(tx, cityId, importId, source, part.map((r) => r.record as ReceiptRecord));
  }
}

async function insertStatistics(tx: Prisma.TransactionClient, cityId: string, importId: string, records: readonly StatisticsRecord[]) {
  const col = <T>(f: (r: StatisticsRecord) => T) => records.map(f);
  await tx.$executeRaw`
    INSERT INTO "StatisticsExecution" ("id", "cityId", "importId", "creditCode", "contractNo", "clientName", "clientCountry",
                                       "serviceCategory", "contractMinor", "executedMinor", "currency", "periodStart", "periodEnd")
    SELECT u."id", ${cityId}, ${importId}::uuid, u."creditCode", u."contractNo", u."clientName", u."clientCountry",
           u."serviceCategory", u."contractMinor", u."executedMinor", u."currency", u."periodStart", u."periodEnd"
    FROM unnest(
      ${col(() => uuidv7())}::uuid[], ${col((r) => r.creditCode)}::text[], ${col((r) => r.contractNo)}::text[],
      ${col((r) => r.clientName)}::text[], ${col((r) => r.clientCountry)}::text[], ${col((r) => r.serviceCategory)}::text[],
      ${col((r) => (r.contractMinor === null ? null : String(r.contractMinor)))}::bigint[], ${col((r) => String(r.executedMinor))}::bigint[],
      ${col((r) => r.currency)}::text[], ${col((r) => r.periodStart)}::date[], ${col((r) => r.periodEnd)}::date[]
    ) AS u("id", "creditCode", "contractNo", "clientName", "clientCountry", "serviceCategory", "contractMinor", "executedMinor",
           "currency", "periodStart", "periodEnd")`;
}

async function insertReceipts(tx: Prisma.TransactionClient, cityId: string, importId: string, source: "BUREAU" | "ENTERPRISE", records: readonly ReceiptRecord[]) {
  const col = <T>(f: (r: ReceiptRecord) => T) => records.map(f);
  await tx.$executeRaw`
    INSERT INTO "FxReceipt" ("id", "cityId", "importId", "source", "creditCode", "receivedOn", "amountMinor", "currency",
                             "payerName", "payerCountry", "bankReference")
    SELECT u."id", ${cityId}, ${importId}::uuid, ${source}::"FxReceiptSource", u."creditCode", u."receivedOn", u."amountMinor",
           u."currency", u."payerName", u."payerCountry", u."bankReference"
    FROM unnest(
      ${col(() => uuidv7())}::uuid[], ${col((r) => r.creditCode)}::text[], ${col((r) => r.receivedOn)}::date[],
      ${col((r) => String(r.amountMinor))}::bigint[], ${col((r) => r.currency)}::text[], ${col((r) => r.payerName)}::text[],
      ${col((r) => r.payerCountry)}::text[], ${col((r) => r.bankReference)}::text[]
    ) AS u("id", "creditCode", "receivedOn", "amountMinor", "currency", "payerName", "payerCountry", "bankReference")`;
}
