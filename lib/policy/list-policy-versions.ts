import type { Db } from "@/lib/db";
import { policyVersionView, type PolicyVersionView } from "./policy-version-view";

/** Every version of the city, published ones by their first day, then the drafts newest first (the admin's policy page). */
export async function listPolicyVersions(db: Db, cityId: string): Promise<{ published: PolicyVersionView[]; drafts: PolicyVersionView[] }> {
  const rows = await db.policyVersion.findMany({ where: { cityId }, orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }] });
  const views = rows.map(policyVersionView);
  return {
    published: views.filter((v) => v.status === "PUBLISHED"),
    drafts: views.filter((v) => v.status === "DRAFT").sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),
  };
}

/** One version of the city by id, draft or published; null when there is none (or it is another city's). */
export async function getPolicyVersion(db: Db, cityId: string, id: string): Promise<PolicyVersionView | null> {
  const row = await db.policyVersion.findUnique({ where: { id, cityId } });
  return row ? policyVersionView(row) : null;
}
