import { getLocale } from "next-intl/server";
import { formatFen, formatUsdCents } from "@/lib/eligibility";
import { toLocale } from "@/lib/i18n/locales";

/** Money is formatted from integer minor units by the eligibility module's helpers, never via floats. */
export async function Fen({ value }: { value: number | bigint | null | undefined }) {
  if (value === null || value === undefined) return <span>—</span>;
  return <span className="tabular-nums">{formatFen(Number(value), toLocale(await getLocale()))}</span>;
}

export async function Usd({ value }: { value: number | bigint | null | undefined }) {
  if (value === null || value === undefined) return <span>—</span>;
  return <span className="tabular-nums">{formatUsdCents(Number(value), toLocale(await getLocale()))}</span>;
}
