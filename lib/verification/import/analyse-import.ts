import { regionInCity } from "@/lib/cities/city-for-region";
import { cityDivisionPrefixes } from "@/lib/cities/find-city";
import type { Db } from "@/lib/db";
import { dbDateFromIsoDate } from "@/lib/eligibility";
import type { ImportKind } from "./import-fields";
import type { ParsedRow, ReceiptRecord, RowIssue, StatisticsRecord } from "./parse-import-rows";
import type { ImportRecord } from "./read-import-file";

const CHUNK = 1000;

export interface AnalysedRow extends ParsedRow<ImportRecord> {
  warnings: RowIssue[];
  enterpriseName: string | null;
}

/**
 * Whose file it is: the bureau's (the bank's file, the statistics export) or an enterprise's upload
 * of its own receipts, kept apart by source: its rows may name only its own credit code, and it
 * replaces only its own earlier uploads.
 */
export type ImportOwner = { source: "BUREAU" } | { source: "ENTERPRISE"; organisationId: string; creditCode: string };
export const BUREAU: ImportOwner = { source: "BUREAU" };

/** The enterprises and years a file's valid rows cover: the rows of earlier imports it replaces. */
export type ImportScope = Map<string, Set<number>>;

const yearsOf = (kind: ImportKind, r: ImportRecord): number[] => {
  if (kind === "FX_RECEIPTS") return [Number((r as ReceiptRecord).receivedOn.slice(0, 4))];
  const s = r as StatisticsRecord;
  const years: number[] = [];
  for (let y = Number(s.periodStart.slice(0, 4)); y <= Number(s.periodEnd.slice(0, 4)); y++) years.push(y);
  return years;
};

export function scopeOf(kind: ImportKind, rows: readonly AnalysedRow[]): ImportScope {
  const scope: ImportScope = new Map();
  for (const r of rows) {
    if (!r.record || r.errors.length > 0) continue;
    const years = scope.get(r.record.creditCode) ?? new Set<number>();
    for (const y of yearsOf(kind, r.record)) years.add(y);
    scope.set(r.record.creditCode, years);
  }
  return scope;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The database half of validating a file, for the reviewer's city:
 * - an enterprise registered in another city, or a code whose region lies outside the city: error
 *   (another bureau's data is not this bureau's to import);
 * - a code of the city that is not registered on the portal: a warning, and the row is imported.
 *   The statistics system lists every exporter of the city, registered here or not; keeping their
 *   records lets the bureau reconcile (and pre-fill) their claims when they register, and refusing
 *   them would make every real export fail;
 * - the same record twice in the file (statistics: enterprise, contract and period; receipts: the
 *   bank reference): the later rows are errors;
 * - receipts: a bank reference already imported for another enterprise or year (rows this file
 *   replaces do not count): error, a bank reference is one receipt.
 * The rows are the caller's, read for this: their errors, warnings and names are added in place.
 */
export async function analyseImport(
  db: Db,
  cityId: string,
  kind: ImportKind,
  rows: Array<ParsedRow<ImportRecord>>,
  owner: ImportOwner = BUREAU,
): Promise<{ rows: AnalysedRow[]; scope: ImportScope }> {
  const territory = await cityDivisionPrefixes(db, cityId);
  const codes = [...new Set(rows.flatMap((r) => (r.record ? [r.record.creditCode] : [])))];
  const registered = new Map<string, { cityId: string; nameZh: string }>();
  for (const part of chunks(codes)) {
    // A code may have a closed registration (moved away) beside its open one. The importing city's
    // own registration wins, closed or not: a bureau still reconciles the claims filed with it.
    const found = await db.organisation.findMany({ where: { creditCode: { in: part } }, select: { creditCode: true, cityId: true, nameZh: true, status: true } });
    for (const org of found) {
      const known = registered.get(org.creditCode);
      if (!known || (known.cityId !== cityId && (org.cityId === cityId || org.status !== "CLOSED"))) registered.set(org.creditCode, org);
    }
  }
  const seen = new Map<string, number>();
  // In place: the rows become AnalysedRows (a copy of each would double what a 100,000-row file holds).
  const analysed: AnalysedRow[] = rows.map((row) => {
    const out = Object.assign(row, { warnings: [] as RowIssue[], enterpriseName: null as string | null });
    if (!row.record) return out;
    const org = registered.get(row.record.creditCode);
    if (owner.source === "ENTERPRISE") {
      if (row.record.creditCode !== owner.creditCode) out.errors.push({ field: "creditCode", message: "notOwnCreditCode" });
    } else if (org && org.cityId !== cityId) out.errors.push({ field: "creditCode", message: "enterpriseOtherCity" });
    else if (!org && !regionInCity(row.record.creditCode.slice(2, 8), territory)) out.errors.push({ field: "creditCode", message: "enterpriseOtherCity" });
    else if (!org) out.warnings.push({ field: "creditCode", message: "enterpriseNotRegistered" });
    else out.enterpriseName = org.nameZh;
    const key = kind === "STATISTICS"
      ? (({ creditCode, contractNo, periodStart, periodEnd }) => `${creditCode}|${contractNo}|${periodStart}|${periodEnd}`)(row.record as StatisticsRecord)
      : (row.record as ReceiptRecord).bankReference;
    const first = seen.get(key);
    if (first !== undefined) out.errors.push({ field: kind === "STATISTICS" ? "contractNo" : "bankReference", message: "duplicateInFile" });
    else seen.set(key, row.rowNo);
    return out;
  });

  if (kind === "FX_RECEIPTS") {
    const scope = scopeOf(kind, analysed);
    const references = analysed.flatMap((r) => (r.record && r.errors.length === 0 ? [(r.record as ReceiptRecord).bankReference] : []));
    const held = new Map<string, { creditCode: string; year: number }>();
    for (const part of chunks(references)) {
      const found = await db.fxReceipt.findMany({ where: { cityId, source: owner.source, bankReference: { in: part } }, select: { bankReference: true, creditCode: true, receivedOn: true } });
      for (const f of found) held.set(f.bankReference, { creditCode: f.creditCode, year: f.receivedOn.getUTCFullYear() });
    }
    for (const r of analysed) {
      if (!r.record || r.errors.length > 0) continue;
      const other = held.get((r.record as ReceiptRecord).bankReference);
      if (other && !scope.get(other.creditCode)?.has(other.year)) r.errors.push({ field: "bankReference", message: "bankReferenceImported" });
    }
  }
  return { rows: analysed, scope: scopeOf(kind, analysed) };
}

/** The `where` of the rows a scope replaces: the same enterprises' rows in the same years. */
export function replacedWhere(kind: ImportKind, cityId: string, scope: ImportScope, owner: ImportOwner = BUREAU) {
  const pairs = [...scope].flatMap(([creditCode, years]) => [...years].map((year) => ({ creditCode, year })));
  const yearStart = (y: number) => dbDateFromIsoDate(`${y}-01-01`);
  const yearEnd = (y: number) => dbDateFromIsoDate(`${y}-12-31`);
  if (kind === "STATISTICS") {
    // A record whose period reaches into a covered year is replaced: the new file reports that year.
    return pairs.map(({ creditCode, year }) => ({ cityId, creditCode, periodStart: { lte: yearEnd(year) }, periodEnd: { gte: yearStart(year) } }));
  }
  return pairs.map(({ creditCode, year }) => ({ cityId, source: owner.source, creditCode, receivedOn: { gte: yearStart(year), lte: yearEnd(year) } }));
}
