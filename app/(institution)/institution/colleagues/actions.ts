"use server";

import { institutionAction } from "@/lib/actions/action-client";
import { inviteColleagueByMail } from "@/lib/invitations/invite-colleague-by-mail";
import { inviteColleagueSchema } from "@/lib/schemas/invitation";

export const inviteColleagueAction = institutionAction(inviteColleagueSchema, async (input, { actor }) =>
  inviteColleagueByMail(actor, input),
);
