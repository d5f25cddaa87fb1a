import type { ExportColumn } from "@/lib/exports/export-columns";
import type { ExportFormat } from "@/lib/exports/export-format";
import type { ExportLabels } from "@/lib/exports/export-labels";
import { writeExport } from "@/lib/exports/write-export";

export interface BankFileRow {
  payeeName: string;
  bankName: string;
  accountNo: string;
  amountFen: number;
  purpose: string;
  reference: string;
}

/**
 * The bank file's columns, in the order the bank reads them: payee, bank, account, amount, purpose,
 * reference. The amount is the one number column (yuan with two decimals, computed from fen);
 * payee, bank, account, purpose and reference are text, neutralised in CSV (a payee named
 * "=HYPERLINK(…)" arrives as "'=HYPERLINK(…)"; an account number is digits, which neutralising
 * leaves alone) and text cells in Excel (so a long account number keeps its digits). The header
 * is in the reader's language; the purpose stays Chinese, as the bank transfer carries it.
 */
export const BANK_FILE_COLUMNS: readonly ExportColumn<BankFileRow>[] = [
  { key: "payee", label: "exports.bankFile.payee", kind: "text", value: (r) => r.payeeName, width: 30 },
  { key: "bank", label: "exports.bankFile.bank", kind: "text", value: (r) => r.bankName, width: 24 },
  { key: "account", label: "exports.bankFile.account", kind: "text", value: (r) => r.accountNo, width: 24 },
  { key: "amountYuan", label: "exports.bankFile.amountYuan", kind: "yuan", value: (r) => r.amountFen },
  { key: "purpose", label: "exports.bankFile.purpose", kind: "text", value: (r) => r.purpose, width: 40 },
  { key: "reference", label: "exports.bankFile.reference", kind: "text", value: (r) => r.reference, width: 38 },
];

async function* onePage<Row>(rows: readonly Row[]) {
  yield rows;
}

/** The bank file of a batch's rows: CSV (UTF-8 with a byte-order mark, CRLF, every field quoted) or Excel. */
export function bankFile(rows: readonly BankFileRow[], format: ExportFormat, labels: ExportLabels): ReadableStream<Uint8Array> {
  return writeExport({ format, labels, columns: BANK_FILE_COLUMNS, pages: onePage(rows), sheetName: "exports.sheet.bankFile", quoteAll: true });
}
