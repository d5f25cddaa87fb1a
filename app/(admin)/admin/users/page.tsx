import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";
import { CreateStaffUserForm } from "./create-staff-user-form";
import { UserStatusButton } from "./user-status-button";

export default async function UsersPage() {
  const admin = await requireRole("ADMINISTRATOR");
  const t = await getTranslations("admin");
  const tRole = await getTranslations("nav.role");
  const users = await listUsers(getPrisma());
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("usersTitle")}</h1>
      <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
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
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200">
              <td className="p-2">{user.name}</td>
              <td className="p-2">{user.email}</td>
              <td className="p-2">
                {tRole(user.role)}
                {user.canReleasePayments ? ` · ${t("paymentRole")}` : ""}
              </td>
              <td className="p-2">{user.organisation?.nameZh ?? t("bureau")}</td>
              <td className="p-2">{user.disabledAt ? t("disabled") : t("active")}</td>
              <td className="p-2">
                {user.id === admin.id ? null : <UserStatusButton userId={user.id} disabled={!!user.disabledAt} label={user.email} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-8 text-lg font-semibold">{t("createStaffTitle")}</h2>
      <CreateStaffUserForm />
    </>
  );
}
