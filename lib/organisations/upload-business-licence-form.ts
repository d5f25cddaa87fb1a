import "server-only";
import { revalidatePath } from "next/cache";
import type { OrganisationActor } from "@/lib/auth/actors";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { uploadBusinessLicence } from "@/lib/organisations/upload-business-licence";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

/**
 * The handler behind both route groups' business-licence upload actions (the form in
 * components/organisation/licence-upload-form.tsx). Each group wraps it in its own role-bound
 * client (enterpriseAction / institutionAction), so the role check stays in the group's action
 * file; only the start page that shows the vetting status differs.
 */
export function uploadBusinessLicenceForm(startPage: "/enterprise" | "/institution") {
  return async (form: FormData, { actor, ipAddress }: { actor: OrganisationActor; ipAddress: string }) => {
    await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: actor.id });
    const file = form.get("file");
    // An empty file reaches the evidence module, which answers "the file is empty" at the field.
    if (!(file instanceof File)) throw new DomainError("fileRequired", "file");
    const evidence = await uploadBusinessLicence(getPrisma(), actor, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
    });
    revalidatePath(startPage);
    return { id: evidence.id };
  };
}
