"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reviewerAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { MAX_TABLE_BYTES } from "@/lib/spreadsheets/read-table";
import { inspectImportFile } from "@/lib/verification/import/column-mapping";
import { FIELDS, type ColumnMapping, type ImportField, type ImportKind } from "@/lib/verification/import/import-fields";
import { importVerificationFile } from "@/lib/verification/import/import-verification-file";
import { refreshReconciliationsAfterImport } from "@/lib/verification/refresh-offshore-reconciliations";
import { previewVerificationImport } from "@/lib/verification/import/preview-verification-import";

const fileForm = z.custom<FormData>((value) => value instanceof FormData);
const kindSchema = z.enum(["STATISTICS", "FX_RECEIPTS"]);
const ALL_FIELDS = [...new Set(Object.values(FIELDS).flat())] as [ImportField, ...ImportField[]];
const mappingSchema = z.array(z.enum(ALL_FIELDS).nullable()).max(500);

/** The form's file, kind and (after the mapping step) column mapping; refusals next to their field. */
async function upload(form: FormData): Promise<{ kind: ImportKind; fileName: string; bytes: Uint8Array; mapping: ColumnMapping }> {
  const kind = kindSchema.safeParse(form.get("kind"));
  if (!kind.success) throw new DomainError("invalid", "kind");
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

/** Step 1: the file's columns and the mapping proposed for them. */
export const inspectVerificationFileAction = reviewerAction(fileForm, async (form, { actor }) => {
  const { kind, fileName, bytes } = await upload(form);
  const inspected = await inspectImportFile(getPrisma(), actor, kind, fileName, bytes);
  if (!inspected.ok) throw new DomainError(inspected.error, "file");
  return inspected;
});

/** Step 2: every row checked with the reviewer's mapping; nothing is written. */
export const previewVerificationImportAction = reviewerAction(fileForm, async (form, { actor }) => {
  const preview = await previewVerificationImport(getPrisma(), actor, await upload(form));
  if (!preview.ok && preview.error !== "mappingInvalid") throw new DomainError(preview.error, "file");
  return preview;
});

/** Step 3: the valid rows imported, in one transaction with the batch and its audit entry. */
export const importVerificationFileAction = reviewerAction(fileForm, async (form, { actor }) => {
  const { batch, alreadyImported } = await importVerificationFile(getPrisma(), actor, await upload(form));
  // The queue's "reconciliation issues" filter reads the stored results: bring them up to date.
  if (!alreadyImported) await refreshReconciliationsAfterImport(getPrisma(), actor.cityId, batch.id);
  revalidatePath("/review/verification");
  return { batchId: batch.id, importedCount: batch.importedCount, rejectedCount: batch.rejectedCount, replacedCount: batch.replacedCount, alreadyImported };
});
