"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { inviteColleague } from "@/lib/invitations/invite-colleague";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { enterpriseActor } from "@/lib/organisations/enterprise-actor";
import { inviteColleagueSchema } from "@/lib/schemas/invitation";

/** The portal's address for links in mail: the configured one, else the address this request came to. */
async function portalOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}

export const inviteColleagueAction = authedAction(["ENTERPRISE_MEMBER"], inviteColleagueSchema, async (input, { user }) => {
  const { invitation, token } = await inviteColleague(getPrisma(), enterpriseActor(user), input);
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
    });
  } catch (error) {
    console.error("Could not queue the invitation e-mail", error instanceof Error ? error.name : typeof error);
  }
  return { email: invitation.email, link };
});
