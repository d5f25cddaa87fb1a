"use server";

import { revalidatePath } from "next/cache";
import { enterpriseAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { decideEmploymentConfirmation } from "@/lib/employment/decide-employment-confirmation";
import { employmentDecisionSchema } from "@/lib/schemas/employment-contract";
import { refreshRiskSignalsAfterConfirmation } from "@/lib/verification/refresh-claim-risk-signals";

export const decideEmploymentAction = enterpriseAction(employmentDecisionSchema, async (input, { actor }) => {
  await decideEmploymentConfirmation(getPrisma(), actor, input);
  // For the review queue's "risk signals" filter (derived; the claim page computes them afresh).
  await refreshRiskSignalsAfterConfirmation(getPrisma(), actor.id, input.contractId);
  revalidatePath("/enterprise/employment");
  return undefined;
});
