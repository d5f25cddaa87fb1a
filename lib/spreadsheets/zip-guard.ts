import { createInflateRaw } from "node:zlib";

/**
 * Limits for an .xlsx before exceljs sees it. A spreadsheet is a zip; a zip bomb is a small file
 * whose entries inflate to gigabytes. The central directory (at the end of the file) declares every
 * entry's inflated size: those are checked first, and then every entry is inflated once, counting
 * bytes and discarding them, so an entry that lies about its size is caught too before exceljs
 * (which caches the shared strings in memory) reads it.
 */
export const ZIP_LIMITS = {
  maxEntries: 2_000,
  /** All entries together, inflated: a 100,000-row sheet is about 40 MB of XML. */
  maxTotalInflatedBytes: 400 * 1024 * 1024,
  /** Real spreadsheets compress about 10:1; bombs compress 1000:1 and more. */
  maxRatio: 200,
  /** Below this size a high ratio is harmless (an XML file of repeated tags). */
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  inflatedSize: number;
  localHeaderOffset: number;
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; error: "xlsxNotZip" | "xlsxTooLarge" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory: the entries the zip declares, or null when it is not a readable zip. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is the last 22 bytes plus a comment of up to 65,535.
  const lowest = Math.max(0, view.length - 22 - 65_535);
  let eocd = -1;
  for (let i = view.length - 22; i >= lowest; i--) {
    if (view.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.readUInt16LE(eocd + 10);
  const dirOffset = view.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: no spreadsheet under 50 MB needs it.
  if (count === 0xffff || dirOffset === 0xffffffff || dirOffset >= view.length) return null;
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > view.length || view.readUInt32LE(p) !== CENTRAL) return null;
    const method = view.readUInt16LE(p + 10);
    const compressedSize = view.readUInt32LE(p + 20);
    const inflatedSize = view.readUInt32LE(p + 24);
    const nameLength = view.readUInt16LE(p + 28);
    const extraLength = view.readUInt16LE(p + 30);
    const commentLength = view.readUInt16LE(p + 32);
    const localHeaderOffset = view.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || inflatedSize === 0xffffffff || localHeaderOffset === 0xffffffff) return null;
    const name = view.toString("utf8", p + 46, p + 46 + nameLength);
    entries.push({ name, method, compressedSize, inflatedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The declared sizes only: cheap, and enough to refuse every honest bomb. */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): ZipCheck {
  if (entries.length > ZIP_LIMITS.maxEntries) return { ok: false, error: "xlsxTooLarge" };
  let total = 0;
  for (const e of entries) {
    total += e.inflatedSize;
    if (e.inflatedSize > ZIP_LIMITS.ratioFloorBytes && e.inflatedSize > Math.max(1, e.compressedSize) * ZIP_LIMITS.maxRatio) {
      return { ok: false, error: "xlsxTooLarge" };
    }
  }
  if (total > ZIP_LIMITS.maxTotalInflatedBytes) return { ok: false, error: "xlsxTooLarge" };
  return { ok: true, entries: [...entries] };
}

/** The entry's stored bytes (after its local header), or null when the header is not where the directory says. */
function storedBytes(view: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localHeaderOffset;
  if (p + 30 > view.length || view.readUInt32LE(p) !== LOCAL) return null;
  const start = p + 30 + view.readUInt16LE(p + 26) + view.readUInt16LE(p + 28);
  if (start + entry.compressedSize > view.length) return null;
  return view.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one entry, refusing it as soon as it produces more than it declared. `onText` sees the
 * inflated text in pieces (used to find merged header cells, which exceljs's streaming reader skips).
 */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onText?: (text: string) => void): Promise<"ok" | "xlsxNotZip" | "xlsxTooLarge"> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stored = storedBytes(view, entry);
  if (!stored) return "xlsxNotZip";
  if (entry.method === 0) {
    if (stored.length > entry.inflatedSize) return "xlsxTooLarge";
    onText?.(stored.toString("utf8"));
    return "ok";
  }
  if (entry.method !== 8) return "xlsxNotZip";
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let produced = 0;
    let settled = false;
    const settle = (result: "ok" | "xlsxNotZip" | "xlsxTooLarge") => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on("data", (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.inflatedSize) return settle("xlsxTooLarge");
      onText?.(chunk.toString("utf8"));
    });
    inflate.on("error", () => settle("xlsxNotZip"));
    inflate.on("end", () => settle("ok"));
    inflate.end(stored);
  });
}

/** Declared sizes, then every entry inflated once and counted: an .xlsx that is safe to hand to exceljs. */
export async function checkZip(bytes: Uint8Array): Promise<ZipCheck> {
  const entries = readCentralDirectory(bytes);
  if (!entries) return { ok: false, error: "xlsxNotZip" };
  const declared = checkDeclaredSizes(entries);
  if (!declared.ok) return declared;
  for (const entry of entries) {
    const result = await inflateEntry(bytes, entry);
    if (result !== "ok") return { ok: false, error: result };
  }
  return declared;
}
