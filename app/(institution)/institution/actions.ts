"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { organisationActor } from "@/lib/organisations/organisation-actor";
import { uploadBusinessLicence } from "@/lib/organisations/upload-business-licence";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

/** The business licence for vetting (components/organisation/vetting-status.tsx on the start page). */
export const uploadBusinessLicenceAction = authedAction(["INSTITUTION_MEMBER"], z.instanceof(FormData), async (form, { user, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: user.id });
  const file = form.get("file");
  // An empty file reaches the evidence module, which answers "the file is empty" at the field.
  if (!(file instanceof File)) throw new DomainError("fileRequired", "file");
  const evidence = await uploadBusinessLicence(getPrisma(), organisationActor(user, "TRAINING_INSTITUTION"), {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
  });
  revalidatePath("/institution");
  return { id: evidence.id };
});
