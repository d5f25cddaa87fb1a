import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveObjectionSchema, type ResolveObjectionInput } from "@/lib/schemas/notice-objection";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { reverseLedgerEntry } from "@/lib/grants/ledger/reverse-ledger-entry";
import type { Reviewer } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

// The schema lives in lib/schemas (the reviewer form imports it; this file reaches node:crypto).
export { resolveObjectionSchema, type ResolveObjectionInput };

/**
 * Resolves a held item. Dismissed: the item returns to notice (and ends with its original period,
 * at once if that has passed). Upheld: the grant is reversed by a reversing ledger entry and the
 * item is withdrawn from notice.
 */
export async function resolveObjection(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof resolveObjectionSchema>, now: Date = new Date()) {
  const { noticeItemId, outcome, note } = input;
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const item = await tx.noticeItem.findUnique({ where: { id: noticeItemId, cityId: reviewer.cityId } });
    if (!item) throw new NotFoundError();
    if (outcome === "DISMISS") {
      const updated = await tx.noticeItem.updateMany({ where: { id: noticeItemId, status: "OBJECTED" }, data: { status: "IN_NOTICE", resolvedAt: now } });
      if (updated.count === 0) throw new DomainError("staleForm");
    } else {
      if (item.status !== "OBJECTED") throw new DomainError("staleForm");
      await reverseLedgerEntry(tx, reviewer, item.ledgerEntryId, note);
    }
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "notice.resolve-objection",
      targetType: "NoticeItem",
      targetId: noticeItemId,
      result: "success",
      details: { outcome, note },
    });
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs resolveObjection. */
export async function resolveObjectionFromInput(prisma: PrismaClient, reviewer: Reviewer, input: ResolveObjectionInput, now: Date = new Date()) {
  return resolveObjection(prisma, reviewer, resolveObjectionSchema.parse(input), now);
}
