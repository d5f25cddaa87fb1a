// Cell helpers shared by every import: what a spreadsheet cell means as text, a date or an amount.
// Pure and exact: money never passes through a float; an amount becomes integer minor units
// (hundredths of its currency, as every amount in the portal) from its decimal digits.
import type { Cell } from "./read-table";

/** A cell as trimmed text (numbers as Excel shows them when they are whole). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return isoDateOfDate(cell);
  if (typeof cell === "number") return String(cell);
  return String(cell).trim();
}

const isoDateOfDate = (d: Date) => d.toISOString().slice(0, 10);

/** Days from Excel's day 0 (1899-12-30 in the 1900 system, after its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;
/** 1950-01-01 .. 2099-12-31: a number outside is not a date of this portal's records. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_050;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isoDate(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}

/** An Excel serial day number (whole; a time of day is dropped) as an ISO date. */
export function isoDateFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A date cell as YYYY-MM-DD, or null when it is not one. Accepts a date cell, an Excel serial
 * number (a date column formatted as General), and text as 2024-03-01, 2024/3/1, 2024.3.1,
 * 2024年3月1日, 20240301 or a serial number typed as text.
 */
export function parseDateCell(cell: Cell | undefined): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDateOfDate(cell);
  if (typeof cell === "number") return isoDateFromSerial(cell);
  const text = cellText(cell);
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(text)) return isoDateFromSerial(Number(text));
  return null;
}

/**
 * A period written in one cell: "2024-01-01至2024-12-31" (also ~, -, —, 到), a year "2024" or
 * "2024年", a month "2024-03" or "2024年3月". Returns the first and last day.
 */
export function parsePeriodCell(cell: Cell | undefined): { start: string; end: string } | null {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1950 && cell <= 2099) return { start: `${cell}-01-01`, end: `${cell}-12-31` };
  const text = cellText(cell);
  const year = /^(\d{4})\s*年?(度)?$/.exec(text);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    if (mo < 1 || mo > 12) return null;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { start: isoDate(y, mo, 1)!, end: isoDate(y, mo, last)! };
  }
  const range = /^(.+?)\s*(?:至|到|~|～|—|–|\s-\s)\s*(.+)$/.exec(text);
  if (range) {
    const start = parseDateCell(range[1]);
    const end = parseDateCell(range[2]);
    if (start && end) return { start, end };
  }
  return null;
}

export type AmountError = "amountInvalid" | "amountNegative" | "amountPrecision" | "amountTooLarge";

/** 10^15 minor units: ten thousand billion, far beyond any contract, well inside a BigInt column. */
const MAX_MINOR = 10n ** 15n;

/**
 * An amount cell as integer minor units (hundredths). Thousands separators (1,234,567.89 or
 * 1，234，567.89 or spaces) are dropped; "万" / "万元" in the cell, or `inTenThousands` because the
 * column's header says 万元, multiplies by 10,000. A number cell is read from its shortest decimal
 * form (what Excel shows), never multiplied as a float. More than two decimals after scaling is an error.
 */
export function parseAmountCell(cell: Cell | undefined, inTenThousands = false): { ok: true; minor: bigint } | { ok: false; error: AmountError } {
  let text: string;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { ok: false, error: "amountInvalid" };
    text = String(cell);
    if (/e/i.test(text)) return { ok: false, error: Math.abs(cell) >= 1 ? "amountTooLarge" : "amountPrecision" };
  } else {
    text = cellText(cell);
  }
  text = text.replace(/[\s,，']/g, "").replace(/^(?:US\$|\$|¥|￥|RMB|USD)/i, "").replace(/元$/, "");
  let scale = inTenThousands ? 4 : 0;
  if (/万$/.test(text)) {
    scale = 4;
    text = text.slice(0, -1);
  }
  if (/^-\d/.test(text)) return { ok: false, error: "amountNegative" };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return { ok: false, error: "amountInvalid" };
  const decimals = (m[2] ?? "").replace(/0+$/, "");
  // minor = digits × 10^(2 + scale − decimals): exact only while that power is not negative.
  const exponent = 2 + scale - decimals.length;
  if (exponent < 0) return { ok: false, error: "amountPrecision" };
  const minor = BigInt(m[1] + decimals) * 10n ** BigInt(exponent);
  if (minor >= MAX_MINOR) return { ok: false, error: "amountTooLarge" };
  return { ok: true, minor };
}

// A Map, not an object literal: a cell reading "constructor" or "__proto__" must not find Object's own members.
const CURRENCY_WORDS = new Map<string, string>(Object.entries({
  美元: "USD", 美金: "USD", 日元: "JPY", 欧元: "EUR", 英镑: "GBP", 港元: "HKD", 港币: "HKD", 人民币: "CNY",
  新加坡元: "SGD", 澳元: "AUD", 澳大利亚元: "AUD", 加元: "CAD", 加拿大元: "CAD", 韩元: "KRW", 瑞士法郎: "CHF",
}));

/** A currency cell as its ISO 4217 code: the code itself (any case) or its usual Chinese name. */
export function parseCurrencyCell(cell: Cell | undefined): string | null {
  const text = cellText(cell);
  const word = CURRENCY_WORDS.get(text);
  if (word) return word;
  return /^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : null;
}

/** Whether a header names its amounts in 万元 (e.g. "合同金额（万元）" or "执行金额(万美元)"). */
export function headerInTenThousands(header: string): boolean {
  return /万/.test(header);
}
