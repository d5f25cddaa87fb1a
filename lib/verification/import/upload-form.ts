import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { MAX_TABLE_BYTES } from "@/lib/spreadsheets/read-table";
import { FIELDS, type ColumnMapping, type ImportField, type ImportKind } from "./import-fields";

/** What the import forms post: a FormData (checked field by field below). */
export const uploadForm = z.custom<FormData>((value) => value instanceof FormData);
const kindSchema = z.enum(["STATISTICS", "FX_RECEIPTS"]);
const ALL_FIELDS = [...new Set(Object.values(FIELDS).flat())] as [ImportField, ...ImportField[]];
const mappingSchema = z.array(z.enum(ALL_FIELDS).nullable()).max(500);

/**
 * The import form's file, kind and (after the mapping step) column mapping; each refusal next to
 * its field. `onlyKind` fixes the kind (an enterprise uploads receipts only).
 */
export async function readUploadForm(form: FormData, onlyKind?: ImportKind): Promise<{ kind: ImportKind; fileName: string; bytes: Uint8Array; mapping: ColumnMapping }> {
  const kind = kindSchema.safeParse(form.get("kind"));
  if (!kind.success || (onlyKind && kind.data !== onlyKind)) throw new DomainError("invalid", "kind");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("fileRequired", "file");
  if (file.size > MAX_TABLE_BYTES) throw new DomainError("tableTooLarge", "file");
  let mapping: ColumnMapping = [];
  const rawMapping = form.get("mapping");
  if (typeof rawMapping === "string" && rawMapping !== "") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawMapping);
    } catch {
      throw new DomainError("importMappingInvalid", "mapping");
    }
    const checked = mappingSchema.safeParse(parsed);
    if (!checked.success || checked.data.some((f) => f !== null && !FIELDS[kind.data].includes(f))) throw new DomainError("importMappingInvalid", "mapping");
    mapping = checked.data;
  }
  return { kind: kind.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), mapping };
}

