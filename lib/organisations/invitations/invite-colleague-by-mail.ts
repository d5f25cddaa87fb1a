import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { getPrisma } from "@/lib/db";
import { enqueueEmail } from "@/lib/notifications/mail/enqueue-email";
import type { InviteColleagueInput } from "@/lib/schemas/invitation";
import { inviteColleague } from "./invite-colleague";
import type { OrganisationActor } from "@/lib/auth/actors";

/** The portal's address for links in mail: the configured one, else the address this request came to. */
async function portalOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}

/**
 * The invitation flow shared by enterprises and institutions: create the invitation (audited),
 * then queue the e-mail in the inviter's language. The link is returned so the inviter sees it too.
 */
export async function inviteColleagueByMail(actor: OrganisationActor, input: InviteColleagueInput) {
  const { invitation, token } = await inviteColleague(getPrisma(), actor, input);
  const link = `${await portalOrigin()}/invite/${token}`;
  const locale = await getLocale();
  try {
    // After the commit: the invitation stands even if the mail queue is down; the inviter sees the link too.
    await enqueueEmail({
      to: invitation.email,
      template: "invitation",
      params: {
        organisation: invitation.organisation.nameZh,
        link,
        expiresAt: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(invitation.expiresAt),
      },
      locale,
      cityId: actor.cityId,
    });
  } catch (error) {
    console.error("Could not queue the invitation e-mail", error instanceof Error ? error.name : typeof error);
  }
  return { email: invitation.email, link };
}
