"use server";

import { revalidatePath } from "next/cache";
import { reviewerAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { inspectImportFile } from "@/lib/verification/import/column-mapping";
import { importVerificationFile } from "@/lib/verification/import/import-verification-file";
import { refreshReconciliationsAfterImport } from "@/lib/verification/refresh-offshore-reconciliations";
import { previewVerificationImport } from "@/lib/verification/import/preview-verification-import";
import { readUploadForm as upload, uploadForm as fileForm } from "@/lib/verification/import/upload-form";
import { usdRateSchema } from "@/lib/schemas/usd-rate";
import { setUsdRate } from "@/lib/verification/set-usd-rate";

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

/** A year's rate for a currency other than the US dollar; the year's open claims are reconciled again. */
export const setUsdRateAction = reviewerAction(usdRateSchema, async (input, { actor }) => {
  const { reconciled } = await setUsdRate(getPrisma(), actor, input);
  revalidatePath("/review/verification");
  return { reconciled };
});
