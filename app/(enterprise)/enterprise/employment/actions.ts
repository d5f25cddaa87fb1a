"use server";

import { revalidatePath } from "next/cache";
import { enterpriseAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { decideEmploymentConfirmation } from "@/lib/employment/decide-employment-confirmation";
import { employmentDecisionSchema } from "@/lib/schemas/employment-contract";

export const decideEmploymentAction = enterpriseAction(employmentDecisionSchema, async (input, { actor }) => {
  await decideEmploymentConfirmation(getPrisma(), actor, input);
  revalidatePath("/enterprise/employment");
  return undefined;
});
