"use server";

import { z } from "zod";
import { enterpriseAction } from "@/lib/actions/action-client";
import { uploadBusinessLicenceForm } from "@/lib/organisations/upload-business-licence-form";
import { getPrisma } from "@/lib/db";
import { createPrefilledDraft } from "@/lib/verification/prefill/create-prefilled-draft";

/** The business licence for vetting (components/organisation/vetting-status.tsx on the start page). */
export const uploadBusinessLicenceAction = enterpriseAction(z.instanceof(FormData), uploadBusinessLicenceForm("/enterprise"));

/** Issue 18: a draft for a year the statistics support, holding their contract lines (lib/verification/prefill). */
export const createPrefilledDraftAction = enterpriseAction(z.object({ claimYear: z.coerce.number().int() }), async (input, { actor }) => {
  const claim = await createPrefilledDraft(getPrisma(), actor, input);
  return { id: claim.id };
});
