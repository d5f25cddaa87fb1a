import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { offshoreLinesCsvTemplate } from "@/lib/offshore-claims/import/offshore-lines-csv";
import { toLocale } from "@/lib/i18n/locales";

/** The CSV template for contract lines: UTF-8 with BOM, headers in the reader's language. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (user.role !== "ENTERPRISE_MEMBER") return new Response(null, { status: 403 });
  const locale = toLocale(await getLocale());
  return new Response(offshoreLinesCsvTemplate(locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="offshore-contracts-template-${locale}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
