import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordObjectionSchema, type RecordObjectionInput } from "@/lib/schemas/notice-objection";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { formatFen } from "@/lib/eligibility";
import { notifyOrganisation } from "@/lib/notifications/notify-organisation";
import type { Reviewer } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

// The schema lives in lib/schemas (the reviewer form imports it; this file reaches node:crypto).
export { recordObjectionSchema, type RecordObjectionInput };

/**
 * A reviewer records an objection received during the notice period; the item is held (not
 * payable) until resolved, and the applicant is told (mails returned for after the commit). With
 * a public objection's id, that objection is what the reviewer recorded: it is marked HELD.
 */
export async function recordObjection(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof recordObjectionSchema>, now: Date = new Date()) {
  const { noticeItemId, objection, publicObjectionId } = input;
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const item = await tx.noticeItem.findUnique({ where: { id: noticeItemId } });
    if (!item) throw new NotFoundError();
    // Only while the period runs: compared with now, not with a job's bookkeeping.
    const updated = await tx.noticeItem.updateMany({
      where: { id: noticeItemId, status: "IN_NOTICE", endsAt: { gt: now } },
      data: { status: "OBJECTED", objection, objectionAt: now },
    });
    if (updated.count === 0) throw new DomainError("noticeNotOpen");
    if (publicObjectionId) {
      // Held on a public objection: it is marked HELD with the item, or nothing is (a stale form rolls back the hold).
      const linked = await tx.publicObjection.updateMany({
        where: { id: publicObjectionId, noticeItemId, status: "OPEN" },
        data: { status: "HELD", resolvedAt: now, resolvedById: reviewer.id },
      });
      if (linked.count === 0) throw new DomainError("staleForm");
    }
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "notice.object",
      targetType: "NoticeItem",
      targetId: noticeItemId,
      result: "success",
      details: publicObjectionId ? { objection, publicObjectionId } : { objection },
    });
    // The applicant is told its item is held (mandatory: it must be able to answer within the period).
    const entry = await tx.ledgerEntry.findUniqueOrThrow({
      where: { id: item.ledgerEntryId },
      select: { offshoreClaim: { select: { claimNo: true, organisationId: true } }, trainingClaim: { select: { claimNo: true, institutionId: true } } },
    });
    const applicant = entry.offshoreClaim
      ? { organisationId: entry.offshoreClaim.organisationId, claimNo: entry.offshoreClaim.claimNo }
      : entry.trainingClaim
        ? { organisationId: entry.trainingClaim.institutionId, claimNo: entry.trainingClaim.claimNo }
        : null;
    const emails = applicant ? await notifyOrganisation(tx, applicant.organisationId, "noticeItemObjected", { claimNo: applicant.claimNo, amount: formatFen(item.amountFen) }) : [];
    return { emails };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs recordObjection. */
export async function recordObjectionFromInput(prisma: PrismaClient, reviewer: Reviewer, input: RecordObjectionInput, now: Date = new Date()) {
  return recordObjection(prisma, reviewer, recordObjectionSchema.parse(input), now);
}
