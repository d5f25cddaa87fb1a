import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { policyVersionFromRow, todayInChina } from "@/lib/eligibility";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { startWhatIfRun } from "./what-if/start-what-if-run";

/**
 * An administrator costs a draft: every open claim, and every claim of one past claim year when
 * asked, rerun under it without writing to any claim (lib/policy/what-if). Only a draft: a
 * published version already decides claims. The run records the draft's revision it was made on,
 * so the page can say when the draft has changed since. Several runs at once only read claims.
 */
export async function startPolicyWhatIf(prisma: PrismaClient, actor: Administrator, input: { versionId: string; claimYear: number | null }, now: Date = new Date()) {
  const row = await prisma.policyVersion.findUnique({ where: { id: input.versionId, cityId: actor.cityId } });
  if (!row) throw new NotFoundError();
  if (row.status !== "DRAFT") throw new DomainError("policyNotDraft");
  if (input.claimYear !== null && input.claimYear >= Number(todayInChina(now.getTime()).slice(0, 4))) throw new DomainError("whatIfClaimYearNotPast", "claimYear");
  return startWhatIfRun(prisma, { policy: policyVersionFromRow(row), policyVersionId: row.id, policyRevision: row.revision, cityId: row.cityId, claimYear: input.claimYear, startedById: actor.id });
}
