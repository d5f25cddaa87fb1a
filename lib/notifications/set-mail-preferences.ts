import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mailPreferencesSchema, type MailPreferencesInput } from "@/lib/schemas/notifications";
import { normaliseMutedKinds } from "./notification-kinds";

/**
 * Stores which kinds of mail the caller turned off. Only optional kinds are kept: a mandatory
 * kind (or one the portal does not know) in the request is dropped, so it can never be muted.
 */
export async function setMailPreferences(prisma: PrismaClient, userId: string, input: MailPreferencesInput) {
  const { mutedMailKinds } = mailPreferencesSchema.parse(input);
  const stored = normaliseMutedKinds(mutedMailKinds);
  await prisma.user.update({ where: { id: userId }, data: { mutedMailKinds: stored } });
  return { mutedMailKinds: stored };
}
