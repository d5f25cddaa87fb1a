import type { Locale } from "@/lib/i18n/locales";

/**
 * The language of an API answer from Accept-Language: the caller's most preferred language the
 * portal speaks (any zh-* is Chinese, any en-* English), zh-CN when it names neither. The public API
 * has no cookie, so this header is the only say the caller has.
 */
export function negotiateLocale(header: string | null): Locale {
  if (!header) return "zh-CN";
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "zh-CN";
}
