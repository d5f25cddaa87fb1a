"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { discardPolicyDraft } from "@/lib/policy/discard-policy-draft";
import { publishPolicyVersion } from "@/lib/policy/publish-policy-version";
import { savePolicyDraft } from "@/lib/policy/save-policy-draft";
import { startPolicyDraft } from "@/lib/policy/start-policy-draft";
import { startPolicyWhatIf } from "@/lib/policy/start-policy-what-if";
import { policyDraftSchema, policyPublishSchema, policyVersionRefSchema, policyWhatIfSchema } from "@/lib/schemas/policy-draft";
import { refreshAfterPolicyChange } from "@/lib/verification/refresh-after-policy-change";

export const startPolicyDraftAction = adminAction(policyVersionRefSchema, async (input, { actor }) => {
  const id = await startPolicyDraft(getPrisma(), actor, input.versionId);
  revalidatePath("/admin/policy");
  return { id };
});

export const savePolicyDraftAction = adminAction(policyDraftSchema, async (input, { actor }) => {
  const saved = await savePolicyDraft(getPrisma(), actor, input);
  revalidatePath("/admin/policy", "layout");
  return saved;
});

export const publishPolicyVersionAction = adminAction(policyPublishSchema, async (input, { actor }) => {
  const published = await publishPolicyVersion(getPrisma(), actor, input);
  // Issue 18: the open claims' stored reconciliations and risk signals, under the new tolerance and thresholds.
  await refreshAfterPolicyChange(getPrisma(), actor.cityId);
  revalidatePath("/admin/policy", "layout");
  return { id: published.id };
});

export const discardPolicyDraftAction = adminAction(policyVersionRefSchema, async (input, { actor }) => {
  await discardPolicyDraft(getPrisma(), actor, input.versionId);
  revalidatePath("/admin/policy", "layout");
  return undefined;
});

export const startPolicyWhatIfAction = adminAction(policyWhatIfSchema, async (input, { actor }) => {
  const runId = await startPolicyWhatIf(getPrisma(), actor, input);
  return { runId };
});
