"use server";

import { z } from "zod";
import { enterpriseAction } from "@/lib/actions/action-client";
import { LineEvidenceMissingError } from "@/lib/claim-submission/assert-line-evidence";
import { attachOffshoreLineEvidence } from "@/lib/offshore-claims/attach-offshore-line-evidence";
import { deleteOffshoreLineEvidence } from "@/lib/offshore-claims/delete-offshore-line-evidence";
import { importOffshoreLines } from "@/lib/offshore-claims/import/import-offshore-lines";
import { saveOffshoreClaimDraft } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaim } from "@/lib/offshore-claims/submit-offshore-claim";
import { refreshOffshoreReconciliations } from "@/lib/verification/refresh-offshore-reconciliations";
import { reopenOffshoreClaim } from "@/lib/offshore-claims/reopen-offshore-claim";
import { withdrawOffshoreClaim } from "@/lib/offshore-claims/withdraw-offshore-claim";
import { getPrisma } from "@/lib/db";
import { sendQueuedEmails } from "@/lib/notifications/send-queued-emails";
import { MAX_RECORD_VERSION } from "@/lib/schemas/fields";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { offshoreDraftSchema, submitOffshoreClaimSchema, withdrawOffshoreClaimSchema } from "@/lib/schemas/offshore-claim";

export const saveOffshoreDraftAction = enterpriseAction(offshoreDraftSchema, async (input, { actor }) => {
  const claim = await saveOffshoreClaimDraft(getPrisma(), actor, input);
  return { id: claim.id, version: claim.version };
});

// Lines lacking evidence come back as data (the action client would keep only the code), so the
// form can name each line and what it lacks next to that line.
export const submitOffshoreClaimAction = enterpriseAction(submitOffshoreClaimSchema, async (input, { actor }) => {
  try {
    const claim = await submitOffshoreClaim(getPrisma(), actor, input);
    // For the review queue's "reconciliation issues" filter (derived; the claim page reconciles afresh).
    await refreshOffshoreReconciliations(getPrisma(), actor.cityId, { claimIds: [claim.id] });
    await sendQueuedEmails(claim.emails);
    return { id: claim.id, status: claim.status, missingEvidence: null };
  } catch (error) {
    if (error instanceof LineEvidenceMissingError) return { id: input.claimId, status: null, missingEvidence: error.lines };
    throw error;
  }
});

export const withdrawOffshoreClaimAction = enterpriseAction(withdrawOffshoreClaimSchema, async (input, { actor }) => {
  const claim = await withdrawOffshoreClaim(getPrisma(), actor, input);
  return { id: claim.id, status: claim.status };
});

export const reopenOffshoreClaimAction = enterpriseAction(withdrawOffshoreClaimSchema, async (input, { actor }) => {
  const claim = await reopenOffshoreClaim(getPrisma(), actor, input);
  return { id: claim.id, status: claim.status };
});

// Uploads arrive as FormData; the fields are checked with zod inside the action (errors reach the form's fields).
const uploadFields = z.object({
  lineId: z.uuid(),
  kind: z.enum(["OFFSHORE_CONTRACT", "FX_RECEIPT"], "required"),
  file: z.instanceof(File, { message: "required" }),
});

export const uploadOffshoreEvidenceAction = enterpriseAction(z.instanceof(FormData), async (data, { actor, ipAddress }) => {
  await consumeRateLimit(getPrisma(), "upload", { address: ipAddress, accountId: actor.id });
  const input = uploadFields.parse({ lineId: data.get("lineId"), kind: data.get("kind"), file: data.get("file") });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const evidence = await attachOffshoreLineEvidence(getPrisma(), actor, { lineId: input.lineId, kind: input.kind, bytes });
  return { id: evidence.id, kind: input.kind, sizeBytes: evidence.sizeBytes };
});

export const deleteOffshoreEvidenceAction = enterpriseAction(z.object({ evidenceId: z.uuid() }), async (input, { actor }) => {
  await deleteOffshoreLineEvidence(getPrisma(), actor, input.evidenceId);
  return undefined;
});

const importFields = z.object({
  claimId: z.uuid(),
  version: z.coerce.number().int().min(0).max(MAX_RECORD_VERSION),
  file: z.instanceof(File, { message: "csvFile" }),
});

export const importOffshoreLinesAction = enterpriseAction(z.instanceof(FormData), async (data, { actor }) => {
  const input = importFields.parse({ claimId: data.get("claimId"), version: data.get("version"), file: data.get("file") });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return importOffshoreLines(getPrisma(), actor, { claimId: input.claimId, version: input.version, bytes });
});
