import { getFormatter, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { getPrisma } from "@/lib/db";
import { listOrganisationMembers } from "@/lib/organisations/list-organisation-members";
import { InviteColleagueForm } from "./invite-colleague-form";

/**
 * The colleagues page body shared by enterprises and institutions: members, open invitations and
 * the invitation form. The caller has checked membership of `organisationId` and passes its area's action.
 */
export async function OrganisationColleagues({ organisationId, action }: { organisationId: string; action: ComponentProps<typeof InviteColleagueForm>["action"] }) {
  const t = await getTranslations("invitation");
  const format = await getFormatter();
  const { users, invitations } = await listOrganisationMembers(getPrisma(), organisationId);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("colleaguesTitle")}</h1>
      <p className="mt-2 max-w-2xl">{t("colleaguesIntro")}</p>
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm" data-testid="members">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("email")}</th>
            <th scope="col" className="p-2">{t("since")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((member) => (
            <tr key={member.id} className="border-b border-slate-200">
              <td className="p-2">{member.name}</td>
              <td className="p-2">{member.email}</td>
              <td className="p-2">{date(member.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invitations.length > 0 ? (
        <>
          <h2 className="mt-8 text-lg font-semibold">{t("pendingTitle")}</h2>
          <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-testid="invitations">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("email")}</th>
                <th scope="col" className="p-2">{t("expiresAt")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} className="border-b border-slate-200">
                  <td className="p-2">{invitation.email}</td>
                  <td className="p-2">{invitation.expiresAt > now ? date(invitation.expiresAt) : t("expired")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <InviteColleagueForm action={action} />
    </>
  );
}
