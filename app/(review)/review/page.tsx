import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { requireRole } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { listReviewQueue } from "@/lib/review/list-review-queue";

export default async function ReviewQueuePage() {
  await requireRole("REVIEWER");
  const t = await getTranslations("review");
  const tDistrict = await getTranslations("district");
  const rows = await listReviewQueue(getPrisma());
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("queueTitle")}</h1>
      {rows.length === 0 ? (
        <p className="mt-4">{t("queueEmpty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">{t("claimNo")}</th>
              <th scope="col" className="p-2">{t("kind")}</th>
              <th scope="col" className="p-2">{t("organisation")}</th>
              <th scope="col" className="p-2">{t("district")}</th>
              <th scope="col" className="p-2">{t("claimYear")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <td className="p-2">{row.claimNo}</td>
                <td className="p-2">{t(`claimKind.${row.kind}`)}</td>
                <td className="p-2">{row.organisationName}</td>
                <td className="p-2">{tDistrict(row.district)}</td>
                <td className="p-2">{row.claimYear}</td>
                <td className="p-2"><StatusBadge status={row.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
