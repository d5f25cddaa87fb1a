import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/notifications/mail/enqueue-email";
import { notifyEmployerOfContracts } from "@/lib/notifications/notify-employer-of-contract";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds each registered employer, once per contract, of confirmations it has left waiting for
 * `days` days or more (since the contract was recorded or last edited: an edit asks again and
 * clears the reminder). Per employer, one transaction marks the contracts reminded, writes the
 * inbox items and queues the mails: the conditional update (still unreminded) means two runs at
 * once (two instances, a retried job) remind nobody twice – the second finds nothing to mark.
 */
export async function remindPendingConfirmations(prisma: PrismaClient, queue: PgBoss, options: { days: number; now?: Date }): Promise<{ employers: number; contracts: number }> {
  const now = options.now ?? new Date();
  const due = { confirmation: "PENDING" as const, confirmationRemindedAt: null, updatedAt: { lte: new Date(now.getTime() - options.days * DAY_MS) } };
  const employers = await prisma.employmentContract.groupBy({ by: ["employerOrganisationId"], where: { ...due, employerOrganisationId: { not: null } } });
  let reminded = { employers: 0, contracts: 0 };
  for (const { employerOrganisationId } of employers) {
    if (!employerOrganisationId) continue;
    const count = await prisma.$transaction(async (tx) => {
      const marked = await tx.employmentContract.updateMany({ where: { ...due, employerOrganisationId }, data: { confirmationRemindedAt: now } });
      if (marked.count === 0) return 0;
      const emails = await notifyEmployerOfContracts(tx, employerOrganisationId, "contractConfirmationReminder", { count: marked.count, days: options.days });
      for (const email of emails) await enqueueEmail(email, tx, queue);
      return marked.count;
    });
    if (count > 0) reminded = { employers: reminded.employers + 1, contracts: reminded.contracts + count };
  }
  return reminded;
}
