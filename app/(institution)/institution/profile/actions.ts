"use server";

import { institutionAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { updateOrganisationProfile } from "@/lib/organisations/update-organisation-profile";
import { profileSchema } from "@/lib/schemas/profile";

export const updateProfileAction = institutionAction(profileSchema, async (input, { actor }) => {
  const organisation = await updateOrganisationProfile(getPrisma(), actor, input);
  await sendQueuedEmails(organisation.emails);
  return { bankAccountLast4: organisation.bankAccountLast4 };
});
