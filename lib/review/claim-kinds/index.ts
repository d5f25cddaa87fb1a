import type { ClaimKindName } from "@/lib/claim-lifecycle";
import type { ClaimKindAdapter } from "./claim-kind";
import { offshoreClaimKind } from "./offshore-claim-kind";
import { trainingClaimKind } from "./training-claim-kind";

export type { AmountBasis, ClaimEvaluation, ClaimHead, ClaimKindAdapter, ClaimKindName, ClaimUpdate } from "./claim-kind";

/** Every kind of claim the review handles; a new kind is one adapter file and one line here. */
const CLAIM_KIND_ADAPTERS: { [K in ClaimKindName]: ClaimKindAdapter } = {
  OFFSHORE: offshoreClaimKind,
  TRAINING: trainingClaimKind,
};

export function claimKind(kind: ClaimKindName): ClaimKindAdapter {
  return CLAIM_KIND_ADAPTERS[kind];
}
