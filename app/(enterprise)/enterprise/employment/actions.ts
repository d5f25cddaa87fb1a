"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { decideEmploymentConfirmation } from "@/lib/employment/decide-employment-confirmation";
import { employmentDecisionSchema } from "@/lib/schemas/employment-contract";

export const decideEmploymentAction = authedAction(["ENTERPRISE_MEMBER"], employmentDecisionSchema, async (input, { user }) => {
  await decideEmploymentConfirmation(getPrisma(), { id: user.id, role: user.role, organisationId: user.organisationId! }, input);
  revalidatePath("/enterprise/employment");
  return undefined;
});
