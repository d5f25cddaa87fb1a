"use server";

import { publicAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { signUpSchema } from "@/lib/schemas/sign-up";

export const signUpAction = publicAction(signUpSchema, async (input, { ipAddress }) => {
  // The schema already parsed the input; the operation parses again because it is also called by the seed and tests.
  await registerOrganisation(getPrisma(), { ...input, passwordConfirm: input.password }, ipAddress);
  return undefined;
});
