import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireProvinceAdministrator } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { EditCityForm } from "./edit-city-form";

/** The province administrator corrects one city's names, bureau, sender and districts. */
export default async function EditCityPage({ params }: { params: Promise<{ cityId: string }> }) {
  await requireProvinceAdministrator();
  const t = await getTranslations("province");
  const { cityId } = await params;
  const city = await getPrisma().city.findUnique({ where: { id: cityId }, include: { districts: { orderBy: { position: "asc" } } } });
  if (!city) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("editTitle", { city: city.nameZh, cityEn: city.nameEn })}</h1>
      <p className="mt-2 max-w-2xl text-sm">{t("editIntro", { cityId: city.id, prefixes: city.divisionPrefixes.join(", ") })}</p>
      <EditCityForm
        defaults={{
          cityId: city.id,
          nameZh: city.nameZh,
          nameEn: city.nameEn,
          bureauNameZh: city.bureauNameZh,
          bureauNameEn: city.bureauNameEn,
          mailFrom: city.mailFrom ?? "",
          districts: city.districts.map((d) => `${d.code} ${d.nameZh} ${d.nameEn}`).join("\n"),
        }}
      />
    </>
  );
}
