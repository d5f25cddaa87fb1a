import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmailJob } from "@/lib/notifications/mail/enqueue-email";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/sign-up";
import { registerOrganisation } from "./register-organisation";

/**
 * The public sign-up form. Whether or not the e-mail or credit code is already registered, the
 * answer is the same ("check your mail"): a stranger must not learn which accounts exist. The
 * owner of an existing e-mail or organisation is told by mail instead; a new registration gets a
 * mail saying what happens next (upload the business licence, wait for vetting).
 */
export async function signUpOrganisation(
  prisma: PrismaClient,
  input: SignUpInput,
  ipAddress: string | null,
  locale: string,
): Promise<{ emails: EmailJob[] }> {
  const data = signUpSchema.parse(input);
  try {
    const { organisation } = await registerOrganisation(prisma, data, ipAddress);
    return { emails: [{ to: data.email, template: "signUpReceived", params: { organisation: organisation.nameZh }, locale, cityId: organisation.cityId }] };
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "emailTaken" && error.code !== "creditCodeTaken")) throw error;
    // The success path hashes a password; so does this one, so the two take about as long.
    await hashPassword(data.password);
    return { emails: await duplicateNotices(prisma, data.email, data.creditCode, locale) };
  }
}

/** Mails to whoever already owns the e-mail address and to the registered organisation's contact. */
async function duplicateNotices(prisma: PrismaClient, email: string, creditCode: string, locale: string): Promise<EmailJob[]> {
  const [user, organisation] = await Promise.all([
    prisma.user.findUnique({ where: { email }, select: { email: true, locale: true, cityId: true, organisation: { select: { cityId: true } } } }),
    prisma.organisation.findUnique({ where: { openCreditCode: creditCode }, select: { nameZh: true, contactEmail: true, cityId: true } }),
  ]);
  const emails: EmailJob[] = [];
  if (user) emails.push({ to: user.email, template: "signUpEmailTaken", params: {}, locale: user.locale, cityId: user.cityId ?? user.organisation?.cityId });
  if (organisation && organisation.contactEmail !== user?.email) {
    emails.push({ to: organisation.contactEmail, template: "signUpCreditCodeTaken", params: { organisation: organisation.nameZh, creditCode }, locale, cityId: organisation.cityId });
  }
  return emails;
}
