"use server";

import { getLocale } from "next-intl/server";
import { publicAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { signUpOrganisation } from "@/lib/organisations/sign-up-organisation";
import { signUpSchema } from "@/lib/schemas/sign-up";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";

export const signUpAction = publicAction(signUpSchema, async (input, { ipAddress }) => {
  await consumeRateLimit(getPrisma(), "signUp", { address: ipAddress });
  const { emails } = await signUpOrganisation(getPrisma(), input, ipAddress, await getLocale());
  await sendQueuedEmails(emails);
  // The same answer whether the account was new or not (see signUpOrganisation).
  return undefined;
});
