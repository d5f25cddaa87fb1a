import { getTranslations } from "next-intl/server";
import type { OrganisationStatus } from "@/lib/generated/prisma/client";

const TONE: Record<OrganisationStatus, string> = {
  PENDING_VETTING: "border-amber-600 bg-amber-50 text-amber-900",
  ACTIVE: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
  CLOSED: "border-slate-500 bg-slate-100 text-slate-800",
};

/** An organisation's registration status in words (a closed one: moved to another city, history kept). */
export async function OrganisationStatusBadge({ status }: { status: OrganisationStatus }) {
  const t = await getTranslations("admin.organisationStatus");
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs ${TONE[status]}`} data-testid="organisation-status">{t(status)}</span>;
}
