import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { notifyUsers, RECIPIENT_SELECT } from "./notify-users";

interface SubmittedClaim {
  kind: "OFFSHORE" | "TRAINING";
  id: string;
  claimNo: string;
  applicantOrganisationId: string;
  /** The claim's city: only its bureau's reviewers hear of it (issue 22). */
  cityId: string;
  assignedReviewerId: string | null;
  resubmission: boolean;
}

/**
 * Tells the bureau a claim arrived (or came back after changes). A claim with an assigned
 * reviewer goes to that reviewer alone (if still active). An unassigned claim goes to every
 * active reviewer of the claim's city, except those who declared a conflict of interest with the applicant: nobody
 * owns it yet, and telling all of them is how the queue is picked up; the mail says so. Each
 * reviewer may turn these mails off (optional kinds); the inbox item is written regardless.
 */
export async function notifyReviewersOfSubmission(tx: Prisma.TransactionClient, claim: SubmittedClaim): Promise<EmailJob[]> {
  const assigned = claim.assignedReviewerId !== null;
  const reviewers = await tx.user.findMany({
    where: {
      role: "REVIEWER",
      cityId: claim.cityId,
      disabledAt: null,
      ...(assigned ? { id: claim.assignedReviewerId! } : { conflictsOfInterest: { none: { organisationId: claim.applicantOrganisationId } } }),
    },
    select: RECIPIENT_SELECT,
    orderBy: { createdAt: "asc" },
  });
  const kind = claim.resubmission ? "claimResubmittedForReview" : "claimSubmittedForReview";
  return notifyUsers(tx, reviewers, kind, { claimNo: claim.claimNo, audience: assigned ? "assigned" : "unassigned" }, `/review/claims/${claim.kind.toLowerCase()}/${claim.id}`);
}
