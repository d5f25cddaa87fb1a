import { csvFile } from "@/lib/exports/csv";
import { yuanCell } from "@/lib/exports/spreadsheet-cell";

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
 * The bank file: UTF-8 with a byte-order mark, CRLF line ends, every field quoted. The amount is
 * the one number column (yuan with two decimals, computed from fen); payee, bank, account,
 * purpose and reference are text, neutralised by lib/exports (a payee named "=HYPERLINK(…)"
 * arrives as "'=HYPERLINK(…)"; an account number is digits, which neutralising leaves alone).
 */
export function buildBankCsv(rows: BankCsvRow[]): string {
  const data = rows.map((r) => [r.payeeName, r.bankName, r.accountNo, yuanCell(r.amountFen), r.purpose, r.reference]);
  return csvFile(BANK_CSV_HEADER, data, { quoteAll: true });
}
