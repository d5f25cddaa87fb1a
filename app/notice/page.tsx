import { connection } from "next/server";
import { DEFAULT_CITY_SLUG } from "@/lib/api/resolve-city";
import { PublicNoticeBody } from "./_components/public-notice-body";

/** The public notice of the city the portal started with (other cities: /notice/{city}). */
export default async function PublicNoticePage() {
  await connection();
  return <PublicNoticeBody cityId={DEFAULT_CITY_SLUG} />;
}
