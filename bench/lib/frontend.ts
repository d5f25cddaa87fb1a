// First-load JavaScript of a page, from the build output, and Lighthouse in the installed Chromium.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The JavaScript a browser downloads before the page is interactive: every <script src> the
 * server-rendered HTML names (the framework/runtime chunks plus the route's client-reference
 * chunks), read from <distDir>/static and gzipped (level 9). Inline flight-data scripts are counted
 * separately (they are the RSC payload, not code).
 */
export function firstLoadJs(html: string, distDir: string) {
  // noModule scripts (the legacy polyfills) are never fetched by a modern browser: not counted.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!));
  const srcs = [...new Set(tags.map((m) => m[2]!))];
  let raw = 0;
  let gz = 0;
  const files: Array<{ file: string; gzipKB: number; looksLike: string }> = [];
  for (const src of srcs) {
    const rel = decodeURIComponent(src.split("?")[0]!).replace(/^\/_next\//, "");
    const file = path.join(distDir, rel);
    if (!fs.existsSync(file)) continue;
    const buf = fs.readFileSync(file);
    const size = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += size;
    files.push({ file: rel, gzipKB: Math.round(size / 102.4) / 10, looksLike: looksLike(buf.toString("utf8")) });
  }
  files.sort((a, b) => b.gzipKB - a.gzipKB);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((a, m) => a + Buffer.byteLength(m[1]!), 0);
  return { chunks: files.length, rawKB: Math.round(raw / 102.4) / 10, gzipKB: Math.round(gz / 102.4) / 10, inlineScriptKB: Math.round(inline / 102.4) / 10, largest: files.slice(0, 6) };
}

/** A rough label for a chunk from strings its libraries leave in minified code. */
function looksLike(code: string): string {
  const labels: string[] = [];
  const count = (re: RegExp) => (code.match(re) ?? []).length;
  if (count(/pbkdf2|createCipheriv|secp256k1/g) > 5) labels.push("node crypto polyfill (crypto-browserify, buffer, bn.js)");
  if (count(/hydrateRoot|createRoot/g) > 2 && code.length > 150_000) labels.push("react-dom");
  else if (/LanguageSwitcher/.test(code)) labels.push("app shell client components (LanguageSwitcher …)");
  else if (/fast-memoize|serializer:|IntlMessageFormat/.test(code) && code.length < 60_000) labels.push("use-intl / intl-messageformat");
  if (count(/zod/g) > 50 || count(/ZodError/g) > 3) labels.push("zod");
  if (/addBasePath|__NEXT_DATA__|next\/dist/.test(code) && labels.length === 0) labels.push("next runtime");
  if (count(/IntlMessageFormat|formatMessage|NextIntlClientProvider|useTranslations/g) > 2) labels.push("next-intl / use-intl");
  if (count(/radix/g) > 3) labels.push("radix-ui");
  if (count(/zodResolver|useFormContext|handleSubmit/g) > 3) labels.push("react-hook-form");
  return labels.join(", ") || "app / other";
}

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export async function lighthouseScores(pages: Array<{ name: string; url: string; cookie?: string }>, log: (l: string) => void) {
  const chromeLauncher = await import("chrome-launcher");
  const { default: lighthouse } = (await import("lighthouse")) as unknown as { default: (url: string, flags: object, config?: object) => Promise<{ lhr: LighthouseResult } | undefined> };
  const desktop = ((await import("lighthouse/core/config/desktop-config.js")) as { default: object }).default;
  const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  const out: Record<string, Record<string, unknown>> = {};
  try {
    for (const page of pages) {
      out[page.name] = {};
      for (const [preset, config] of [["mobile", undefined], ["desktop", desktop]] as const) {
        const t0 = performance.now();
        const result = await lighthouse(
          page.url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined, maxWaitForLoad: 30_000 },
          config,
        );
        const lhr = result?.lhr;
        const audit = (id: string) => Math.round(lhr?.audits[id]?.numericValue ?? NaN);
        out[page.name]![preset] = {
          score: lhr ? Math.round((lhr.categories.performance?.score ?? 0) * 100) : null,
          finalUrl: lhr?.finalDisplayedUrl,
          fcpMs: audit("first-contentful-paint"),
          lcpMs: audit("largest-contentful-paint"),
          tbtMs: audit("total-blocking-time"),
          cls: Math.round((lhr?.audits["cumulative-layout-shift"]?.numericValue ?? NaN) * 1000) / 1000,
          runtimeError: lhr?.runtimeError?.message,
        };
        log(`  lighthouse ${page.name} (${preset}): ${JSON.stringify(out[page.name]![preset])} in ${Math.round((performance.now() - t0) / 1000)} s`);
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

interface LighthouseResult {
  finalDisplayedUrl: string;
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}
