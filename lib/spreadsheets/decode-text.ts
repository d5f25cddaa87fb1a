export type TextEncoding = "utf-8" | "gb18030";

/**
 * Spreadsheet exports arrive as UTF-8 (with or without BOM) or GB18030 (Excel on a Chinese
 * Windows). Valid UTF-8 is taken as UTF-8; anything else is decoded as GB18030, whose byte
 * sequences are rarely valid UTF-8 once they contain Chinese characters.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes).replace(/^\uFEFF/, ""), encoding: "gb18030" };
  }
}
