"use server";

import { revalidatePath } from "next/cache";
import { enterpriseAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { inspectImportFile } from "@/lib/verification/import/column-mapping";
import { importVerificationFile } from "@/lib/verification/import/import-verification-file";
import { ownReceiptsOwner } from "@/lib/verification/import/own-receipts-owner";
import { previewVerificationImport } from "@/lib/verification/import/preview-verification-import";
import { readUploadForm, uploadForm } from "@/lib/verification/import/upload-form";

// An enterprise's own FX receipts (issue 18): the same steps as the bureau's import, receipts only,
// its own credit code only, stored as source ENTERPRISE (never counted as the bank's data).

export const inspectOwnReceiptsAction = enterpriseAction(uploadForm, async (form, { actor }) => {
  const { kind, fileName, bytes } = await readUploadForm(form, "FX_RECEIPTS");
  await ownReceiptsOwner(getPrisma(), actor);
  const inspected = await inspectImportFile(getPrisma(), null, kind, fileName, bytes);
  if (!inspected.ok) throw new DomainError(inspected.error, "file");
  return inspected;
});

export const previewOwnReceiptsAction = enterpriseAction(uploadForm, async (form, { actor }) => {
  const owner = await ownReceiptsOwner(getPrisma(), actor);
  const preview = await previewVerificationImport(getPrisma(), actor, await readUploadForm(form, "FX_RECEIPTS"), owner);
  if (!preview.ok && preview.error !== "mappingInvalid") throw new DomainError(preview.error, "file");
  return preview;
});

export const importOwnReceiptsAction = enterpriseAction(uploadForm, async (form, { actor }) => {
  const owner = await ownReceiptsOwner(getPrisma(), actor);
  const { batch, alreadyImported } = await importVerificationFile(getPrisma(), actor, await readUploadForm(form, "FX_RECEIPTS"), owner);
  revalidatePath("/enterprise/receipts");
  return { batchId: batch.id, importedCount: batch.importedCount, rejectedCount: batch.rejectedCount, replacedCount: batch.replacedCount, alreadyImported };
});
