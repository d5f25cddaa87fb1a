"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { enterpriseAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { uploadBusinessLicence } from "@/lib/organisations/upload-business-licence";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

/** The business licence for vetting (components/organisation/vetting-status.tsx on the start page). */
export const uploadBusinessLicenceAction = enterpriseAction(z.instanceof(FormData), async (form, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: actor.id });
  const file = form.get("file");
  // An empty file reaches the evidence module, which answers "the file is empty" at the field.
  if (!(file instanceof File)) throw new DomainError("fileRequired", "file");
  const evidence = await uploadBusinessLicence(getPrisma(), actor, {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
  });
  revalidatePath("/enterprise");
  return { id: evidence.id };
});
