import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BUILT_IN_POLICY_VERSIONS, policyVersionToRow } from "@/lib/eligibility";

/**
 * Makes sure the policy versions the portal ships with exist in the policy-version table.
 * Inserts missing ones only: a version the bureau has edited is never overwritten.
 */
export async function ensureBuiltInPolicyVersions(prisma: PrismaClient): Promise<number> {
  const result = await prisma.policyVersion.createMany({
    data: BUILT_IN_POLICY_VERSIONS.map((policy) => ({ ...policyVersionToRow(policy) })),
    skipDuplicates: true,
  });
  return result.count;
}
