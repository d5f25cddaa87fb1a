"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { institutionAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { importCohort } from "@/lib/trainees/import/import-cohort";
import { previewCohortImport } from "@/lib/trainees/import/preview-cohort-import";

const fileForm = z.custom<FormData>((value) => value instanceof FormData);
const MAX_CSV_BYTES = 10 * 1024 * 1024;

async function fileBytes(form: FormData): Promise<Uint8Array> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("fileRequired", "file");
  if (file.size > MAX_CSV_BYTES) throw new DomainError("fileTooLarge", "file");
  return new Uint8Array(await file.arrayBuffer());
}

export const previewCohortAction = institutionAction(fileForm, async (form, { actor }) => {
  return previewCohortImport(getPrisma(), actor, await fileBytes(form));
});

export const importCohortAction = institutionAction(fileForm, async (form, { actor }) => {
  const { batch, alreadyImported } = await importCohort(getPrisma(), actor, await fileBytes(form));
  revalidatePath("/institution/trainees");
  return { batchId: batch.id, importedCount: batch.importedCount, rejectedCount: batch.rejectedCount, alreadyImported };
});
