import type { EligibilityPolicy } from "@/lib/eligibility";
import type { Db } from "@/lib/db";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { ApiError } from "../api-error";

/**
 * The published version the caller named, or the one in force for the facts (`inForce`, which
 * throws the module's NoPolicyInForceError for a date before every version). Drafts are never
 * found: policyById reads published versions only.
 */
export async function choosePolicy(db: Db, cityId: string, requestedId: string | undefined, inForce: () => Promise<EligibilityPolicy>): Promise<EligibilityPolicy> {
  if (requestedId === undefined) return inForce();
  // Only a version of the path's city: another city's policy never answers for this one.
  const policy = (await loadPolicyVersions(db, cityId)).find((v) => v.id === requestedId);
  if (!policy) {
    throw new ApiError("invalid_input", {
      fields: [{ field: "policyVersion", code: "unknown_policy_version", message: { namespace: "api", key: "fields.unknown_policy_version" } }],
    });
  }
  return policy;
}
