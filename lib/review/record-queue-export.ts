import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { QueueFilter } from "./list-review-queue";
import type { Reviewer } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

/** Every export of claim data is audited, with the filters that chose the rows. */
export async function recordQueueExport(prisma: PrismaClient, actor: Reviewer, filter: QueueFilter) {
  await inCityTransaction(prisma, actor.cityId, (tx) =>
    appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "review.queue-export",
      targetType: "ReviewQueue",
      result: "success",
      details: JSON.parse(JSON.stringify(filter)) as Prisma.InputJsonValue,
    }),
  );
}
