import type { PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "@/lib/schemas/z";
import { contactKindOf, publicObjectionSchema, type PublicObjectionInput } from "@/lib/schemas/notice-objection";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { encryptPii } from "@/lib/crypto/pii";
import { DomainError } from "@/lib/errors/domain-error";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
import { maskContact } from "./mask-contact";

export { publicObjectionSchema, type PublicObjectionInput };

/**
 * A member of the public objects to an item of the public notice (公示), without an account.
 * Counted per address against the public-objection limit (lib/throttle; on top of the limit of
 * every public POST), accepted only while the item's period runs (compared with now, as the public
 * page does), stored with the contact encrypted and masked, audited without the contact, in one
 * transaction. A reviewer then holds the item on it or dismisses it.
 */
export async function submitPublicObjection(
  prisma: PrismaClient,
  input: z.output<typeof publicObjectionSchema>,
  { address, now = new Date() }: { address: string; now?: Date },
) {
  await consumeRateLimit(prisma, "publicObjection", { address });
  const contactKind = contactKindOf(input.contact);
  if (!contactKind) throw new DomainError("invalid", "contact");
  return prisma.$transaction(async (tx) => {
    // Held items (OBJECTED) are still in their period and still shown: a second objector may write too.
    const item = await tx.noticeItem.findFirst({
      where: { id: input.noticeItemId, status: { in: ["IN_NOTICE", "OBJECTED"] }, endsAt: { gt: now } },
      select: { id: true },
    });
    if (!item) throw new DomainError("noticeNotOpen");
    const objection = await tx.publicObjection.create({
      data: {
        noticeItemId: item.id,
        name: input.name,
        contactKind,
        contactEnc: encryptPii(input.contact),
        contactMasked: maskContact(contactKind, input.contact),
        reason: input.reason,
        createdAt: now,
      },
      select: { id: true },
    });
    await appendAuditEntry(tx, {
      actorRole: "PUBLIC",
      action: "notice.public-objection",
      targetType: "NoticeItem",
      targetId: item.id,
      result: "success",
      // No name or contact in the log: the log is kept for ever and cannot be corrected.
      details: { publicObjectionId: objection.id },
      ipAddress: address,
    });
    return { id: objection.id };
  });
}

/** For tests and scripts: parses raw input with the form's schema (as the action client does). */
export async function submitPublicObjectionFromInput(prisma: PrismaClient, input: PublicObjectionInput, options: { address: string; now?: Date }) {
  return submitPublicObjection(prisma, z.parse(publicObjectionSchema, input), options);
}
