import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dismissPublicObjectionSchema, type DismissPublicObjectionInput } from "@/lib/schemas/notice-objection";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Reviewer } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

export { dismissPublicObjectionSchema, type DismissPublicObjectionInput };

/**
 * A reviewer dismisses an open public objection with a reason (kept, and audited): the notice item
 * is untouched. Only an OPEN one: a second reviewer's stale form is refused, not applied twice.
 */
export async function dismissPublicObjection(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof dismissPublicObjectionSchema>, now: Date = new Date()) {
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const objection = await tx.publicObjection.findUnique({ where: { id: input.publicObjectionId, noticeItem: { cityId: reviewer.cityId } }, select: { id: true, noticeItemId: true } });
    if (!objection) throw new NotFoundError();
    const updated = await tx.publicObjection.updateMany({
      where: { id: objection.id, status: "OPEN" },
      data: { status: "DISMISSED", dismissReason: input.reason, resolvedAt: now, resolvedById: reviewer.id },
    });
    if (updated.count === 0) throw new DomainError("staleForm");
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "notice.dismiss-public-objection",
      targetType: "NoticeItem",
      targetId: objection.noticeItemId,
      result: "success",
      details: { publicObjectionId: objection.id, reason: input.reason },
    });
  });
}
