"use server";

import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { organisationActor } from "@/lib/organisations/organisation-actor";
import { updateOrganisationProfile } from "@/lib/organisations/update-organisation-profile";
import { profileSchema } from "@/lib/schemas/profile";

export const updateProfileAction = authedAction(["INSTITUTION_MEMBER"], profileSchema, async (input, { user }) => {
  const organisation = await updateOrganisationProfile(getPrisma(), organisationActor(user, "TRAINING_INSTITUTION"), input);
  await sendQueuedEmails(organisation.emails);
  return { bankAccountLast4: organisation.bankAccountLast4 };
});
