import { getFormatter, getTranslations } from "next-intl/server";
import { requireReviewer } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listConflicts, listOrganisationsForConflict } from "@/lib/review/declare-conflict";
import { ConflictForm } from "./conflict-form";

export default async function ConflictsPage() {
  const user = await requireReviewer();
  const t = await getTranslations("review");
  const format = await getFormatter();
  const prisma = getPrisma();
  const [conflicts, organisations] = await Promise.all([listConflicts(prisma, user.id), listOrganisationsForConflict(prisma, user.cityId)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("conflictsTitle")}</h1>
      <p className="mt-2 text-sm">{t("conflictsIntro")}</p>
      <ConflictForm organisations={organisations} />
      <ul className="mt-6 list-disc pl-6 text-sm">
        {conflicts.map((c) => (
          <li key={c.organisationId}>{c.organisation.nameZh}{c.reason ? ` — ${c.reason}` : ""} ({format.dateTime(c.declaredAt, "date")})</li>
        ))}
      </ul>
    </>
  );
}
