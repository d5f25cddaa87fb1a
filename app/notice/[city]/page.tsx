import { notFound } from "next/navigation";
import { connection } from "next/server";
import { resolveCity } from "@/lib/api/resolve-city";
import { getPrisma } from "@/lib/db";
import { PublicNoticeBody } from "../_components/public-notice-body";

/** One city's public notice, the city named in the path; an unknown city is 404. */
export default async function CityPublicNoticePage({ params }: { params: Promise<{ city: string }> }) {
  await connection();
  const city = await resolveCity(getPrisma(), decodeURIComponent((await params).city).slice(0, 40));
  if (!city) notFound();
  return <PublicNoticeBody cityId={city.id} />;
}
