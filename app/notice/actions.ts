"use server";

import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { publicObjectionSchema, submitPublicObjection } from "@/lib/grants/public-notice/submit-public-objection";

/** A member of the public objects to a notice item (no account; throttled per address twice: every public POST, and objections). */
export const submitPublicObjectionAction = publicAction(publicObjectionSchema, async (input, { ipAddress }) => {
  await submitPublicObjection(getPrisma(), input, { address: ipAddress });
  revalidatePath("/review/notice");
  return undefined;
});
