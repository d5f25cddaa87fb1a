"use server";

import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { setMailPreferences } from "@/lib/notifications/set-mail-preferences";
import { mailPreferencesSchema } from "@/lib/schemas/notifications";
import { passwordChangeSchema } from "@/lib/schemas/password-change";
import { changePassword } from "@/lib/users/change-password";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

export const changePasswordAction = authedAction(
  ["ENTERPRISE_MEMBER", "INSTITUTION_MEMBER", "REVIEWER", "ADMINISTRATOR"],
  passwordChangeSchema,
  async (input, { user, ipAddress }) => {
    await consumeRateLimit(getPrisma(), "passwordChange", { address: ipAddress, accountId: user.id });
    return changePassword(getPrisma(), { id: user.id, role: user.role, sessionId: user.sessionId }, input);
  },
);

export const setMailPreferencesAction = authedAction(
  ["ENTERPRISE_MEMBER", "INSTITUTION_MEMBER", "REVIEWER", "ADMINISTRATOR"],
  mailPreferencesSchema,
  async (input, { user }) => setMailPreferences(getPrisma(), user.id, input),
);
