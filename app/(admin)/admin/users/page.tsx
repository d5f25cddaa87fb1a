import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listPendingRoleGrants } from "@/lib/users/list-pending-role-grants";
import { listUsers } from "@/lib/users/list-users";
import { listPostsHeldElsewhere } from "@/lib/users/staff-posts/list-posts-held-elsewhere";
import { getLocale } from "next-intl/server";
import { TakeBackPostButton } from "./take-back-post-button";
import { CreateStaffUserForm } from "./create-staff-user-form";
import { RoleGrantButton } from "./role-grant-button";
import { UserStatusButton } from "./user-status-button";

export default async function UsersPage() {
  const admin = await requireAdministrator();
  const t = await getTranslations("admin");
  const tRole = await getTranslations("nav.role");
  const format = await getFormatter();
  const [users, grants, away, locale] = await Promise.all([
    listUsers(getPrisma(), admin.cityId),
    listPendingRoleGrants(getPrisma(), admin.cityId),
    listPostsHeldElsewhere(getPrisma(), admin.cityId),
    getLocale(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("usersTitle")}</h1>
      <h2 className="mt-6 text-lg font-semibold">{t("grantsTitle")}</h2>
      <p className="mt-1 max-w-2xl text-sm">{t("grantsIntro")}</p>
      {grants.length === 0 ? (
        <p className="mt-2 text-sm">{t("grantsEmpty")}</p>
      ) : (
        <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-testid="role-grants">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("email")}</th>
              <th scope="col" className="p-2">{t("grantRole")}</th>
              <th scope="col" className="p-2">{t("grantRequestedBy")}</th>
              <th scope="col" className="p-2">{t("grantRequestedAt")}</th>
              <th scope="col" className="p-2">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant) => (
              <tr key={grant.id} className="border-b border-slate-200">
                <td className="p-2">{grant.user.email}{grant.newAccount ? ` (${t("grantNewAccount")})` : ""}</td>
                <td className="p-2">
                  {tRole(grant.role)}
                  {grant.canReleasePayments ? ` · ${t("paymentRole")}` : ""}
                </td>
                <td className="p-2">{grant.requestedByEmail}</td>
                <td className="p-2">{format.dateTime(grant.requestedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="flex flex-wrap gap-2 p-2">
                  {grant.requestedById === admin.id ? (
                    <span>{t("grantAwaitingOther")}</span>
                  ) : (
                    <RoleGrantButton kind="confirm" id={grant.id} label={grant.user.email} />
                  )}
                  <RoleGrantButton kind="cancel" id={grant.id} label={grant.user.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {away.length > 0 ? (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("awayTitle")}</h2>
          <p className="mt-1 max-w-2xl text-sm">{t("awayIntro")}</p>
          <table className="mt-2 w-full border-collapse bg-white text-left text-sm" data-testid="posts-held-elsewhere">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t("email")}</th>
                <th scope="col" className="p-2">{t("grantRole")}</th>
                <th scope="col" className="p-2">{t("awayWorkingIn")}</th>
                <th scope="col" className="p-2">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {away.map((post) => (
                <tr key={post.id} className="border-b border-slate-200">
                  <td className="p-2">{`${post.user.name} <${post.user.email}>`}</td>
                  <td className="p-2">{tRole(post.role)}</td>
                  <td className="p-2">{post.user.city ? (locale === "en" ? post.user.city.nameEn : post.user.city.nameZh) : ""}</td>
                  <td className="p-2">
                    <TakeBackPostButton postId={post.id} label={t("awayTakeBack")} ariaLabel={`${t("awayTakeBack")}: ${post.user.email}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <table className="mt-6 w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("email")}</th>
            <th scope="col" className="p-2">{t("role")}</th>
            <th scope="col" className="p-2">{t("organisation")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
            <th scope="col" className="p-2">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const awaitingGrant = user.roleGrants.some((g) => g.newAccount);
            return (
              <tr key={user.id} className="border-b border-slate-200">
                <td className="p-2">{user.name}</td>
                <td className="p-2">{user.email}</td>
                <td className="p-2">
                  {tRole(user.role)}
                  {user.canReleasePayments ? ` · ${t("paymentRole")}` : ""}
                </td>
                <td className="p-2">{user.organisation?.nameZh ?? t("bureau")}</td>
                <td className="p-2">{awaitingGrant ? t("awaitingConfirmation") : user.disabledAt ? t("disabled") : t("active")}</td>
                <td className="flex flex-wrap gap-2 p-2">
                  {user.id === admin.id || awaitingGrant ? null : <UserStatusButton userId={user.id} disabled={!!user.disabledAt} label={user.email} />}
                  {user.role === "REVIEWER" && !user.canReleasePayments && user.roleGrants.length === 0 && !user.disabledAt ? (
                    <RoleGrantButton kind="requestPayment" id={user.id} label={user.email} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2 className="mt-8 text-lg font-semibold">{t("createStaffTitle")}</h2>
      <p className="mt-1 max-w-2xl text-sm">{t("createStaffNeedsConfirmation")}</p>
      <CreateStaffUserForm />
    </>
  );
}
