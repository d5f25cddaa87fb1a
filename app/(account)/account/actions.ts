"use server";

import { accountAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { passwordChangeSchema } from "@/lib/schemas/password-change";
import { changePassword } from "@/lib/users/change-password";

export const changePasswordAction = accountAction(passwordChangeSchema, async (input, { actor }) =>
  changePassword(getPrisma(), actor, input),
);
