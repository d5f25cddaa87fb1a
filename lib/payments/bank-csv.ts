import Papa from "papaparse";

/** Fen as yuan with two decimals, by integer arithmetic only: 123456 → "1234.56", -5 → "-0.05". */
export function yuanFromFen(fen: number | bigint): string {
  const value = BigInt(fen);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

export interface BankCsvRow {
  payeeName: string;
  bankName: string;
  accountNo: string;
  amountFen: number;
  purpose: string;
  reference: string;
}

export const BANK_CSV_HEADER = ["收款人名称 Payee", "开户银行 Bank", "账号 Account", "金额(元) Amount (CNY)", "用途 Purpose", "参考号 Reference"];

/**
 * The bank file: UTF-8 with a byte-order mark (so spreadsheet programs in China open it right),
 * CRLF line ends, every field quoted; the account number stays text. Cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe.
 */
export function buildBankCsv(rows: BankCsvRow[]): string {
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const data = rows.map((r) => [safe(r.payeeName), safe(r.bankName), r.accountNo, yuanFromFen(r.amountFen), safe(r.purpose), r.reference]);
  return "\uFEFF" + Papa.unparse({ fields: BANK_CSV_HEADER, data }, { quotes: true, newline: "\r\n" });
}
