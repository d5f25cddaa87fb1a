"use server";

import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { passwordChangeSchema } from "@/lib/schemas/password-change";
import { changePassword } from "@/lib/users/change-password";

export const changePasswordAction = authedAction(
  ["ENTERPRISE_MEMBER", "INSTITUTION_MEMBER", "REVIEWER", "ADMINISTRATOR"],
  passwordChangeSchema,
  async (input, { user }) => changePassword(getPrisma(), { id: user.id, role: user.role, sessionId: user.sessionId }, input),
);
