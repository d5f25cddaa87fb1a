"use server";

import { accountAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { setMailPreferences } from "@/lib/notifications/set-mail-preferences";
import { mailPreferencesSchema } from "@/lib/schemas/notifications";
import { passwordChangeSchema } from "@/lib/schemas/password-change";
import { changePassword } from "@/lib/users/change-password";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

export const changePasswordAction = accountAction(passwordChangeSchema, async (input, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "passwordChange", { address: ipAddress, accountId: actor.id });
  return changePassword(getPrisma(), actor, input);
});

export const setMailPreferencesAction = accountAction(mailPreferencesSchema, async (input, { actor }) =>
  setMailPreferences(getPrisma(), actor.id, input),
);
