import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BUILT_IN_POLICY_VERSIONS, policyVersionToRow } from "@/lib/eligibility";
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { clearPolicyVersionCache } from "./load-policy-versions";

/**
 * Makes sure the policy versions the portal ships with exist in the policy-version table.
 * Inserts missing ones only: a version the bureau has edited is never overwritten.
 */
export async function ensureBuiltInPolicyVersions(prisma: PrismaClient): Promise<number> {
  const result = await prisma.policyVersion.createMany({
    data: BUILT_IN_POLICY_VERSIONS.map((policy) => ({ ...policyVersionToRow(policy), status: "PUBLISHED" as const, cityId: BUILT_IN_CITY_ID })),
    skipDuplicates: true,
  });
  // A lookup made before this insert (an empty table is never cached, but be exact) must not linger.
  if (result.count > 0) clearPolicyVersionCache();
  return result.count;
}
