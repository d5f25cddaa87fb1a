import type { Db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/claim-lifecycle";
import { refreshClaimRiskSignals } from "./refresh-claim-risk-signals";
import { refreshOffshoreReconciliations } from "./refresh-offshore-reconciliations";

/**
 * After a policy version of the city is published: its reconciliation tolerance and risk thresholds
 * may differ, so the open claims' stored reconciliations and risk signal codes (the queue's
 * filters) are refreshed. Decided claims keep what they were decided with.
 */
export async function refreshAfterPolicyChange(db: Db, cityId: string, now: Date = new Date()): Promise<{ offshore: number; training: number }> {
  const [offshore, training] = await Promise.all([
    db.offshoreClaim.findMany({ where: { cityId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } }),
    db.trainingClaim.findMany({ where: { cityId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } }),
  ]);
  await refreshOffshoreReconciliations(db, cityId, { claimIds: offshore.map((c) => c.id) }, now);
  await refreshClaimRiskSignals(db, cityId, { trainingClaimIds: training.map((c) => c.id) }, now);
  return { offshore: offshore.length, training: training.length };
}
