import type { ServiceCategory } from "@/lib/generated/prisma/enums";
import { CLIENT_COUNTRIES } from "@/lib/offshore-claims/countries";
import { SERVICE_CATEGORIES } from "@/lib/offshore-claims/service-categories";
import zhCategories from "@/messages/zh-CN/serviceCategory.json";
import enCategories from "@/messages/en/serviceCategory.json";
import type { PrefillLine } from "../prefill-years";

// The statistics system names countries and service categories in words ("美国", "软件"); a claim
// line holds ISO codes and the portal's categories. Matched exactly (code, Chinese or English name);
// anything else is left for the enterprise to enter, never guessed.

let countryByName: Map<string, string> | undefined;

function countryCode(value: string): string | null {
  const text = value.trim();
  if (CLIENT_COUNTRIES.includes(text.toUpperCase())) return text.toUpperCase();
  countryByName ??= new Map(
    CLIENT_COUNTRIES.flatMap((code) =>
      ["zh-CN", "en"].map((locale) => [new Intl.DisplayNames([locale], { type: "region" }).of(code)?.toLowerCase() ?? code, code] as const),
    ),
  );
  return countryByName.get(text.toLowerCase()) ?? null;
}

function serviceCategory(value: string): ServiceCategory | null {
  const text = value.trim();
  const byName = (names: Record<string, string>) => Object.entries(names).find(([, name]) => name.toLowerCase() === text.toLowerCase())?.[0];
  const code = (SERVICE_CATEGORIES as readonly string[]).includes(text.toUpperCase()) ? text.toUpperCase() : (byName(zhCategories) ?? byName(enCategories));
  return (code as ServiceCategory | undefined) ?? null;
}

/** The claim form's line for a pre-filled contract, or null when its country or category is not one the form knows. */
export function claimLineFromStatistics(line: PrefillLine) {
  const clientCountry = countryCode(line.clientCountry);
  const category = serviceCategory(line.serviceCategory);
  if (!clientCountry || !category) return null;
  return {
    contractRegNo: line.contractRegNo,
    clientName: line.clientName,
    clientCountry,
    serviceCategory: category,
    contractValueUsd: centsToDecimal(line.contractValueUsdCents),
    executedUsd: centsToDecimal(line.executedUsdCents),
    fxReceiptDate: line.fxReceiptDate,
  };
}

function centsToDecimal(cents: bigint): string {
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
}
