import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyReviewersOfSubmission } from "@/lib/notifications/notify-reviewers-of-submission";
import { checkSubmittable, recordSubmission } from "@/lib/claim-submission/submission-steps";
import { assertOrganisationBankAccount } from "@/lib/claim-submission/assert-payee-bank-accounts";
import { assertOffshoreLineEvidence } from "@/lib/claim-submission/assert-line-evidence";
import { submitOffshoreClaimSchema, type SubmitOffshoreClaimInput } from "@/lib/schemas/offshore-claim";
import { assertOrganisationActive } from "@/lib/organisations/assert-organisation-active";
import { evaluateOffshoreClaim } from "./evaluate-offshore-claim";
import { offshoreClaimSnapshot } from "./offshore-claim-snapshot";
import { isChangesRequested, targetStatus } from "@/lib/claim-lifecycle";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Submits a draft (or a claim sent back for changes). The server re-runs the eligibility module
 * on the stored lines and keeps the result with the claim. Every line must have the evidence
 * lib/claim-submission/missing-line-evidence.ts requires; otherwise the refusal names each line
 * and what it lacks, and nothing is changed. Idempotent: a second request with the
 * same submission key (double click, retry after a network error) returns the first submission.
 * The reviewers' mails come back in `emails`, to queue once the transaction has committed.
 */
export async function submitOffshoreClaim(prisma: PrismaClient, actor: OrganisationActor, input: z.output<typeof submitOffshoreClaimSchema>) {
  const { claimId, version, submissionKey } = input;

  return prisma.$transaction(async (tx) => {
    const claim = await tx.offshoreClaim.findFirst({
      where: { id: claimId, organisationId: actor.organisationId },
      include: { lines: { orderBy: { lineNo: "asc" } } },
    });
    if (!claim) throw new NotFoundError();
    if (checkSubmittable(claim, { version, submissionKey }) === "already") return Object.assign(claim, { emails: [] as EmailJob[] });
    await assertOrganisationActive(tx, actor.organisationId);
    await assertOrganisationBankAccount(tx, actor.organisationId);

    const { result, offshoreUsdCents } = await evaluateOffshoreClaim(tx, claim);
    if (!result.eligible) throw new DomainError("notEligible");

    const resubmission = isChangesRequested(claim.status);
    const submittedAt = new Date();
    return recordSubmission(tx, {
      submissionKey,
      // The version in the where clause makes the state change conditional.
      update: async () => {
        const updated = await tx.offshoreClaim.updateManyAndReturn({
          where: { id: claim.id, version },
          data: {
            status: targetStatus("submit"),
            offshoreUsdCents: BigInt(offshoreUsdCents),
            entitlementFen: result.entitlementFen,
            policyVersionId: result.policyVersionId,
            evaluation: result as unknown as Prisma.InputJsonValue,
            declarationAcceptedAt: submittedAt,
            submissionKey,
            submittedAt,
            submissionCount: { increment: 1 },
            version: { increment: 1 },
          },
        });
        // The evidence is checked after the update, with the claim's row lock held: a deletion
        // that committed first is seen here; one still running holds the row (see
        // delete-offshore-line-evidence.ts), so this update waited for it, or it waits for this
        // commit and then finds the claim submitted. A refusal rolls the update back.
        if (updated.length > 0) await assertOffshoreLineEvidence(tx, claim.id, actor.organisationId);
        return updated;
      },
      reread: () => tx.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } }),
      notify: (updated) =>
        notifyReviewersOfSubmission(tx, {
          kind: "OFFSHORE",
          id: updated.id,
          claimNo: updated.claimNo,
          applicantOrganisationId: updated.organisationId,
          cityId: updated.cityId,
          assignedReviewerId: updated.assignedReviewerId,
          resubmission,
        }),
      submission: {
        claimKind: "OFFSHORE",
        offshoreClaimId: claim.id,
        sequence: claim.submissionCount + 1,
        snapshot: offshoreClaimSnapshot(claim) as Prisma.InputJsonValue,
        evaluation: result as unknown as Prisma.InputJsonValue,
        submittedById: actor.id,
        submittedAt,
      },
      audit: {
        actorId: actor.id,
        actorRole: actor.role,
        action: resubmission ? "offshore-claim.resubmit" : "offshore-claim.submit",
        targetType: "OffshoreClaim",
        targetId: claim.id,
        result: "success",
        details: { offshoreUsdCents: String(offshoreUsdCents), entitlementFen: result.entitlementFen, policyVersionId: result.policyVersionId },
      },
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs submitOffshoreClaim. */
export async function submitOffshoreClaimFromInput(prisma: PrismaClient, actor: OrganisationActor, input: SubmitOffshoreClaimInput) {
  return submitOffshoreClaim(prisma, actor, submitOffshoreClaimSchema.parse(input));
}
