import enApi from "../../messages/en/api.json";
import enValidation from "../../messages/en/validation.json";
import zhApi from "../../messages/zh-CN/api.json";
import zhValidation from "../../messages/zh-CN/validation.json";
import { renderMessage } from "@/lib/eligibility";
import type { Locale } from "@/lib/i18n/locales";

// The API's texts come from the same message files as the pages, imported (not read from disk) so
// they work in any bundle. Only plain {param} placeholders are used, as in the eligibility files.
const MESSAGES = {
  api: { "zh-CN": zhApi, en: enApi },
  validation: { "zh-CN": zhValidation, en: enValidation },
} as const;

function lookup(tree: unknown, key: string): string | undefined {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
  return typeof value === "string" ? value : undefined;
}

/** A message of the "api", "validation" or "eligibility" namespace in `locale`; a key that is missing falls back to "invalid". */
export function apiMessage(namespace: "api" | "validation" | "eligibility", key: string, params: Record<string, string> = {}, locale: Locale): string {
  if (namespace === "eligibility") return renderMessage(key, params, locale);
  const template = lookup(MESSAGES[namespace][locale], key) ?? lookup(MESSAGES.validation[locale], "invalid")!;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
