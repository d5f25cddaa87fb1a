// NOT app code: the bench's copy of lib/claims/submit-offshore-claim.ts with the changes
// recommended in bench/README.md, so their effect can be measured before the lead applies them.
// Same checks, same rows; differences:
//   1. the audit entry is the LAST statement of the transaction (the claim is read back before it),
//      so the chain lock is held for two statements and the commit instead of four;
//   2. the policy versions are cached in the process for 60 s (they change a few times a decade;
//      an administrator's edit would clear the cache) instead of one SELECT per submission;
//   3. the updated row comes back from a conditional `update` (where id + version) instead of
//      updateMany + findUniqueOrThrow.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { AUDIT_GENESIS_HASH, computeAuditHash } from "../../lib/audit/audit-hash";
import { DomainError, NotFoundError } from "../../lib/errors/domain-error";
import { submitOffshoreClaimSchema, type SubmitOffshoreClaimInput } from "../../lib/schemas/offshore-claim";
import { evaluateOffshoreIncentive, policyInForceForClaimYear, sumExecutedUsdCents, type EligibilityPolicy } from "../../lib/eligibility";
import { offshoreGrantedFenForYear } from "../../lib/ledger/offshore-granted-fen";
import { loadPolicyVersions } from "../../lib/policy/load-policy-versions";
import { offshoreClaimSnapshot } from "../../lib/claims/offshore-claim-snapshot";
import { EDITABLE_STATUSES } from "../../lib/claims/save-offshore-claim-draft";

const AUDIT_CHAIN_LOCK = 7_356_001;

let policyCache: { at: number; versions: Promise<EligibilityPolicy[]> } | undefined;
function cachedPolicyVersions(db: Prisma.TransactionClient): Promise<EligibilityPolicy[]> {
  if (!policyCache || Date.now() - policyCache.at > 60_000) policyCache = { at: Date.now(), versions: loadPolicyVersions(db) };
  return policyCache.versions;
}

async function appendAuditEntryLast(tx: Prisma.TransactionClient, event: { actorId: string; actorRole: string; action: string; targetType: string; targetId: string; details: Prisma.InputJsonValue }) {
  // Two statements on purpose: under READ COMMITTED a statement's snapshot is taken when it starts,
  // so a read in the same statement as the lock could see a hash that is no longer the last one.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = previous?.hash ?? AUDIT_GENESIS_HASH;
  const row = { at: new Date(), actorId: event.actorId, actorRole: event.actorRole, action: event.action, targetType: event.targetType, targetId: event.targetId, result: "success", details: event.details, ipAddress: null };
  await tx.auditEntry.create({ data: { ...row, prevHash, hash: computeAuditHash(prevHash, row) } });
}

export async function proposedSubmitOffshoreClaim(prisma: PrismaClient, actor: { id: string; role: string; organisationId: string }, input: SubmitOffshoreClaimInput) {
  const { claimId, version, submissionKey } = submitOffshoreClaimSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const claim = await tx.offshoreClaim.findFirst({ where: { id: claimId, organisationId: actor.organisationId }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    if (!claim) throw new NotFoundError();
    if (claim.submissionKey === submissionKey) return claim;
    if (!EDITABLE_STATUSES.includes(claim.status as never)) throw new DomainError("claimNotEditable");
    if (claim.version !== version) throw new DomainError("staleForm");
    if (claim.lines.length === 0) throw new DomainError("noLines");
    const versions = await cachedPolicyVersions(tx);
    const policy = (claim.policyVersionId ? versions.find((v) => v.id === claim.policyVersionId) : undefined) ?? policyInForceForClaimYear(claim.claimYear, versions);
    const grantedFenThisYear = await offshoreGrantedFenForYear(tx, claim.organisationId, claim.claimYear, claim.id);
    const offshoreUsdCents = sumExecutedUsdCents(claim.lines);
    const result = evaluateOffshoreIncentive({ claimYear: claim.claimYear, offshoreUsdCents, grantedFenThisYear }, policy);
    if (!result.eligible) throw new DomainError("notEligible");
    const submittedAt = new Date();
    let updated;
    try {
      updated = await tx.offshoreClaim.update({
        where: { id: claim.id, version },
        data: {
          status: "SUBMITTED", offshoreUsdCents: BigInt(offshoreUsdCents), entitlementFen: result.entitlementFen, policyVersionId: result.policyVersionId,
          evaluation: result as unknown as Prisma.InputJsonValue, declarationAcceptedAt: submittedAt, submissionKey, submittedAt,
          submissionCount: { increment: 1 }, version: { increment: 1 },
        },
      });
    } catch (error) {
      if ((error as { code?: string }).code === "P2025") throw new DomainError("staleForm");
      throw error;
    }
    await tx.claimSubmission.create({
      data: { claimKind: "OFFSHORE", offshoreClaimId: claim.id, sequence: claim.submissionCount + 1, snapshot: offshoreClaimSnapshot(claim) as Prisma.InputJsonValue, evaluation: result as unknown as Prisma.InputJsonValue, submittedById: actor.id, submittedAt },
    });
    await appendAuditEntryLast(tx, {
      actorId: actor.id, actorRole: actor.role, action: claim.status === "CHANGES_REQUESTED" ? "offshore-claim.resubmit" : "offshore-claim.submit", targetType: "OffshoreClaim", targetId: claim.id,
      details: { offshoreUsdCents: String(offshoreUsdCents), entitlementFen: result.entitlementFen, policyVersionId: result.policyVersionId },
    });
    return updated;
  });
}
