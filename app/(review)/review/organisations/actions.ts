"use server";

import { revalidatePath } from "next/cache";
import { reviewerAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { activateOrganisation } from "@/lib/organisations/activate-organisation";
import { rejectOrganisation } from "@/lib/organisations/reject-organisation";
import { activateOrganisationSchema, rejectOrganisationSchema } from "@/lib/schemas/vetting";

export const activateOrganisationAction = reviewerAction(activateOrganisationSchema, async (input, { actor }) => {
  const { emails } = await activateOrganisation(getPrisma(), actor, input);
  await sendQueuedEmails(emails);
  revalidatePath("/review/organisations");
  return undefined;
});

export const rejectOrganisationAction = reviewerAction(rejectOrganisationSchema, async (input, { actor }) => {
  const { emails } = await rejectOrganisation(getPrisma(), actor, input);
  await sendQueuedEmails(emails);
  revalidatePath("/review/organisations");
  return undefined;
});
