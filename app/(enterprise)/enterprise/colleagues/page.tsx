import { getLocale, getTranslations } from "next-intl/server";
import { InviteColleagueForm } from "@/components/enterprise/invite-colleague-form";
import { requireOrganisationMember } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listOrganisationMembers } from "@/lib/organisations/list-organisation-members";

export default async function ColleaguesPage() {
  const user = await requireOrganisationMember("ENTERPRISE");
  const t = await getTranslations("invitation");
  const locale = await getLocale();
  const { users, invitations } = await listOrganisationMembers(getPrisma(), user.organisationId);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const now = new Date();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("colleaguesTitle")}</h1>
      <p className="mt-2 max-w-2xl">{t("colleaguesIntro")}</p>
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
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
              <td className="p-2">{date.format(member.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {invitations.length > 0 ? (
        <>
          <h2 className="mt-8 text-lg font-semibold">{t("pendingTitle")}</h2>
          <table className="mt-2 w-full border-collapse bg-white text-left text-sm">
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
                  <td className="p-2">{invitation.expiresAt > now ? date.format(invitation.expiresAt) : t("expired")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <InviteColleagueForm />
    </>
  );
}
