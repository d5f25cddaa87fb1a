"use server";

import { publicAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { acceptInvitation } from "@/lib/organisations/invitations/accept-invitation";
import { acceptInvitationSchema } from "@/lib/schemas/invitation";

export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input) => {
  const user = await acceptInvitation(getPrisma(), input);
  return { email: user.email };
});
