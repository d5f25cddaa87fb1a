import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { parametersOf } from "./policy-parameters";
import { policyVersionView } from "./policy-version-view";
import { inCityTransaction } from "@/lib/db/city-scope";

/** An administrator throws a draft away (any administrator: a draft decides nothing). Its parameters stay in the audit log. */
export async function discardPolicyDraft(prisma: PrismaClient, actor: Administrator, versionId: string) {
  return inCityTransaction(prisma, actor.cityId, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PolicyVersion" WHERE "id" = ${versionId} AND "cityId" = ${actor.cityId} FOR UPDATE`;
    const row = rows.length ? await tx.policyVersion.findUnique({ where: { id: versionId } }) : null;
    if (!row) throw new NotFoundError();
    if (row.status !== "DRAFT") throw new DomainError("policyNotDraft");
    await tx.policyVersion.delete({ where: { id: row.id } });
    const view = policyVersionView(row);
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "policy.discard-draft",
      targetType: "PolicyVersion",
      targetId: row.id,
      result: "success",
      details: { revision: row.revision, effectiveFrom: view.effectiveFrom, parameters: parametersOf(view) },
    });
  });
}
