import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/auth/actors";
import { readTable, type TableError } from "@/lib/spreadsheets/read-table";
import { cellText } from "@/lib/spreadsheets/cells";
import { guessMapping, type ColumnMapping, type ImportKind } from "./import-fields";
import { MAX_IMPORT_ROWS } from "./read-import-file";

/** The city's remembered mapping of a kind of file: normalised header → field. */
export async function rememberedMapping(db: Db, cityId: string, kind: ImportKind): Promise<Record<string, string>> {
  const row = await db.importColumnMapping.findUnique({ where: { cityId_kind: { cityId, kind } }, select: { mapping: true } });
  return (row?.mapping ?? {}) as Record<string, string>;
}

export type InspectedFile =
  | { ok: false; error: TableError; detail?: string }
  | { ok: true; fileSha256: string; headers: string[]; mapping: ColumnMapping; sample: string[][]; rowCount: number; format: "csv" | "xlsx" };

/**
 * The mapping step: the file's headers, the mapping proposed for them (what this city's reviewers
 * mapped last time, else guessed from the known names) and the first rows to recognise the columns by.
 */
export async function inspectImportFile(
  prisma: PrismaClient,
  reviewer: Pick<StaffActor, "cityId"> | null,
  kind: ImportKind,
  fileName: string,
  bytes: Uint8Array,
): Promise<InspectedFile> {
  const table = await readTable(bytes, { fileName, maxRows: MAX_IMPORT_ROWS });
  if (!table.ok) return table;
  // An enterprise's upload (no reviewer) starts from the known names only: the bureau's mapping is the bureau's.
  const remembered = reviewer ? await rememberedMapping(prisma, reviewer.cityId, kind) : {};
  const { header, rows, format } = table.table;
  return {
    ok: true,
    fileSha256: createHash("sha256").update(bytes).digest("hex"),
    headers: header,
    mapping: guessMapping(kind, header, remembered),
    sample: rows.slice(0, 3).map((r) => header.map((_, i) => cellText(r.cells[i]))),
    rowCount: rows.length,
    format,
  };
}
