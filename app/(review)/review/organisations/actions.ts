"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { activateOrganisation } from "@/lib/organisations/activate-organisation";
import { rejectOrganisation } from "@/lib/organisations/reject-organisation";
import { activateOrganisationSchema, rejectOrganisationSchema } from "@/lib/schemas/vetting";

export const activateOrganisationAction = authedAction(["REVIEWER"], activateOrganisationSchema, async (input, { user }) => {
  const { emails } = await activateOrganisation(getPrisma(), { id: user.id, role: user.role }, input);
  await sendQueuedEmails(emails);
  revalidatePath("/review/organisations");
  return undefined;
});

export const rejectOrganisationAction = authedAction(["REVIEWER"], rejectOrganisationSchema, async (input, { user }) => {
  const { emails } = await rejectOrganisation(getPrisma(), { id: user.id, role: user.role }, input);
  await sendQueuedEmails(emails);
  revalidatePath("/review/organisations");
  return undefined;
});
