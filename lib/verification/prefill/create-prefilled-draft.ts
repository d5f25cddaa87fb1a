import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganisationActor } from "@/lib/auth/actors";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError } from "@/lib/errors/domain-error";
import { saveOffshoreClaimDraft } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { offshoreDraftSchema } from "@/lib/schemas/offshore-claim";
import { claimLineFromStatistics } from "./claim-line-from-statistics";
import { findPrefillOffers } from "./find-prefill-offers";

/**
 * The enterprise takes up a pre-filled claim: a draft for the year holding the contract lines of
 * the statistics, made by the same save as a draft typed by hand (same checks, same audit entry)
 * and audited as pre-filled besides. The offer is worked out again here, never taken from the
 * form: a year already claimed meanwhile, or one the data no longer support, is refused.
 */
export async function createPrefilledDraft(prisma: PrismaClient, actor: OrganisationActor, input: { claimYear: number }, now: Date = new Date()) {
  const offer = (await findPrefillOffers(prisma, actor, now)).find((o) => o.year === input.claimYear);
  if (!offer) throw new DomainError("prefillNotAvailable");
  const draft = offshoreDraftSchema.parse({ claimYear: offer.year, onshoreUsd: "0", lines: offer.lines.map(claimLineFromStatistics) });
  return saveOffshoreClaimDraft(prisma, actor, draft, undefined, (tx, claimId) =>
    appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "offshore-claim.prefill",
      targetType: "OffshoreClaim",
      targetId: claimId,
      result: "success",
      details: { claimYear: offer.year, lines: draft.lines.length, executedUsdCents: offer.executedUsdCents.toString(), likelyAmountFen: offer.amountFen },
    }),
  );
}
