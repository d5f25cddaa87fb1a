import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  policyInForceForClaimYear,
  policyInForceOn,
  policyVersionFromRow,
  type EligibilityPolicy,
} from "@/lib/eligibility";

type Db = PrismaClient | Prisma.TransactionClient;

/** The policy versions stored in the database: the ones the bureau maintains and claims refer to. */
export async function loadPolicyVersions(db: Db): Promise<EligibilityPolicy[]> {
  const rows = await db.policyVersion.findMany({ orderBy: { effectiveFrom: "asc" } });
  return rows.map(policyVersionFromRow);
}

export async function policyForClaimYear(db: Db, claimYear: number): Promise<EligibilityPolicy> {
  return policyInForceForClaimYear(claimYear, await loadPolicyVersions(db));
}

export async function policyForDate(db: Db, isoDate: string): Promise<EligibilityPolicy> {
  return policyInForceOn(isoDate, await loadPolicyVersions(db));
}

export async function policyById(db: Db, id: string): Promise<EligibilityPolicy | null> {
  const row = await db.policyVersion.findUnique({ where: { id } });
  return row ? policyVersionFromRow(row) : null;
}
