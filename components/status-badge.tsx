import { getTranslations } from "next-intl/server";
import type { ClaimStatus } from "@/lib/generated/prisma/client";

export async function StatusBadge({ status }: { status: ClaimStatus }) {
  const t = await getTranslations("claimStatus");
  return <span className="rounded bg-slate-200 px-2 py-0.5 text-sm text-slate-900">{t(status)}</span>;
}
