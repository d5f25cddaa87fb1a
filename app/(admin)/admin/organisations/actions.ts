"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { moveOrganisation } from "@/lib/organisations/move-organisation";
import { moveOrganisationSchema } from "@/lib/schemas/move-organisation";

/** The city's administrator moves an organisation to another city (lib/organisations/move-organisation.ts). */
export const moveOrganisationAction = adminAction(moveOrganisationSchema, async (input, { actor }) => {
  await moveOrganisation(getPrisma(), actor, input);
  revalidatePath("/admin/organisations");
  return undefined;
});
