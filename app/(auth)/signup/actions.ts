"use server";

import { publicAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { signUpSchema } from "@/lib/schemas/sign-up";

export const signUpAction = publicAction(signUpSchema, async (input, { ipAddress }) => {
  await registerOrganisation(getPrisma(), input, ipAddress);
  return undefined;
});
