"use server";

import { authedAction } from "@/lib/actions/action-client";
import { inviteColleagueByMail } from "@/lib/invitations/invite-colleague-by-mail";
import { organisationActor } from "@/lib/organisations/organisation-actor";
import { inviteColleagueSchema } from "@/lib/schemas/invitation";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { getPrisma } from "@/lib/db";

export const inviteColleagueAction = authedAction(["INSTITUTION_MEMBER"], inviteColleagueSchema, async (input, { user, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "invitation", { address: ipAddress, accountId: user.id });
  return inviteColleagueByMail(organisationActor(user, "TRAINING_INSTITUTION"), input);
});
