"use server";

import { authedAction } from "@/lib/actions/action-client";
import { inviteColleagueByMail } from "@/lib/invitations/invite-colleague-by-mail";
import { organisationActor } from "@/lib/organisations/organisation-actor";
import { inviteColleagueSchema } from "@/lib/schemas/invitation";

export const inviteColleagueAction = authedAction(["ENTERPRISE_MEMBER"], inviteColleagueSchema, async (input, { user }) =>
  inviteColleagueByMail(organisationActor(user, "ENTERPRISE"), input),
);
