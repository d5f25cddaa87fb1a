import type { Db } from "@/lib/db";

/** The cities the portal serves, in both languages ("南昌市（Nanchang）、长沙市（Changsha）"), for a refusal shown in either. */
export async function servedCitiesText(db: Db): Promise<string> {
  const cities = await db.city.findMany({ orderBy: { id: "asc" }, select: { nameZh: true, nameEn: true } });
  return cities.map((c) => `${c.nameZh}（${c.nameEn}）`).join("、");
}
