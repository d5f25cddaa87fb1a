import type { EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import { policyById } from "@/lib/policy/load-policy-versions";
import { ApiError } from "../api-error";

/**
 * The published version the caller named, or the one in force for the facts (`inForce`, which
 * throws the module's NoPolicyInForceError for a date before every version). Drafts are never
 * found: policyById reads published versions only.
 */
export async function choosePolicy(db: Db, requestedId: string | undefined, inForce: () => Promise<EligibilityPolicy>): Promise<EligibilityPolicy> {
  if (requestedId === undefined) return inForce();
  const policy = await policyById(db, requestedId);
  if (!policy) {
    throw new ApiError("invalid_input", {
      fields: [{ field: "policyVersion", code: "unknown_policy_version", message: { namespace: "api", key: "fields.unknown_policy_version" } }],
    });
  }
  return policy;
}
