import { chinaDay } from "./china-time";
import { EXPORT_CONTENT_TYPES, type ExportFormat } from "./export-format";

/** "review-queue-2026-12-07.xlsx": what the file is, the China day it was made, the format. */
export function exportFileName(base: string, format: ExportFormat, now = new Date()): string {
  return `${base}-${chinaDay(now)}.${format}`;
}

/**
 * `attachment` with the file name. The plain `filename` is ASCII only (quotes, backslashes and
 * anything else replaced by "_"), which every browser reads; a name that needed replacing also
 * goes in RFC 5987's `filename*` (UTF-8, percent-encoded), which current browsers prefer.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The download's response: the file's type, its name, never cached (exports carry personal data). */
export function exportResponse(body: ReadableStream<Uint8Array> | string, fileName: string, format: ExportFormat): Response {
  return new Response(body, {
    headers: {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "no-store",
    },
  });
}
