"use server";

import { institutionAction } from "@/lib/actions/action-client";
import { inviteColleagueByMail } from "@/lib/organisations/invitations/invite-colleague-by-mail";
import { inviteColleagueSchema } from "@/lib/schemas/invitation";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { getPrisma } from "@/lib/db";

export const inviteColleagueAction = institutionAction(inviteColleagueSchema, async (input, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "invitation", { address: ipAddress, accountId: actor.id });
  return inviteColleagueByMail(actor, input);
});
