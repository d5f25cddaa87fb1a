// The log scan: no resident ID number or bank account may appear in a server's log. Used after
// the e2e run (e2e/global-teardown.ts) on every e2e server's stdout/stderr.
//
// What counts as a leak:
//  - any checksum-valid resident ID number (GB 11643), whoever typed or seeded it: this also
//    catches numbers the specs generate at random;
//  - each known bank account (seeded, or a literal typed by a spec), with or without the spaces
//    or hyphens a user might type between its digits.
// Masked forms (3601**********1234, ****5678) are not leaks: they are what the portal shows.
import fs from "node:fs";
import path from "node:path";
import { checkResidentId } from "@/lib/eligibility";

export interface KnownSecrets {
  idNumbers: string[];
  bankAccounts: string[];
}

export interface LogFinding {
  file: string;
  line: number;
  kind: "idNumber" | "bankAccount";
  /** The value masked, so the report itself leaks nothing. */
  masked: string;
}

const ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/g;
const BANK_DIGITS = /^\d{12,19}$/;

export function maskSecret(value: string): string {
  return value.length <= 8 ? "*".repeat(value.length) : `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Every checksum-valid resident ID number in a text. */
export function residentIdNumbersIn(text: string): string[] {
  return [...text.matchAll(ID_CANDIDATE)].map((m) => m[0].toUpperCase()).filter((id) => checkResidentId(id).valid);
}

function bankAccountPattern(digits: string): RegExp {
  return new RegExp(`(?<!\\d)${digits.split("").join("[ -]?")}(?!\\d)`);
}

/** The leaks in one log's text (line numbers from 1). */
export function scanLogText(text: string, known: KnownSecrets, file = "log"): LogFinding[] {
  const findings: LogFinding[] = [];
  const accounts = [...new Set(known.bankAccounts.map((a) => a.replace(/[\s-]/g, "")).filter((a) => BANK_DIGITS.test(a)))].map((digits) => ({
    digits,
    pattern: bankAccountPattern(digits),
  }));
  const knownIds = new Set(known.idNumbers.map((id) => id.toUpperCase()));
  text.split(/\r?\n/).forEach((line, index) => {
    const ids = new Set(residentIdNumbersIn(line));
    // A known ID number is flagged even if it somehow fails today's checksum rules (e.g. a future birth date).
    for (const id of knownIds) if (line.toUpperCase().includes(id)) ids.add(id);
    for (const id of ids) findings.push({ file, line: index + 1, kind: "idNumber", masked: maskSecret(id) });
    for (const { digits, pattern } of accounts) {
      if (pattern.test(line)) findings.push({ file, line: index + 1, kind: "bankAccount", masked: maskSecret(digits) });
    }
  });
  return findings;
}

/**
 * Resident ID numbers and bank accounts written as literals in source files (seed data, specs):
 * quoted strings that are a valid ID number, or 12–19 digits (spaces and hyphens allowed) in a
 * string on a line that speaks of a bank account.
 */
export function secretLiteralsIn(source: string): KnownSecrets {
  const idNumbers = new Set<string>();
  const bankAccounts = new Set<string>();
  for (const line of source.split(/\r?\n/)) {
    for (const m of line.matchAll(/["'`]([0-9Xx -]{12,30})["'`]/g)) {
      const value = m[1].replace(/[\s-]/g, "");
      if (/^\d{17}[0-9Xx]$/.test(value) && checkResidentId(value).valid) idNumbers.add(value.toUpperCase());
      else if (BANK_DIGITS.test(value) && /bank|银行|账号|account/i.test(line)) bankAccounts.add(value);
    }
  }
  return { idNumbers: [...idNumbers], bankAccounts: [...bankAccounts] };
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|csv|json)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The literals of the seed factories, the demo seed and the e2e specs and fixtures. */
export function secretLiteralsOfProject(root: string): KnownSecrets {
  const all: KnownSecrets = { idNumbers: [], bankAccounts: [] };
  for (const file of [...sourceFiles(path.join(root, "prisma", "seed")), ...sourceFiles(path.join(root, "e2e"))]) {
    const found = secretLiteralsIn(fs.readFileSync(file, "utf8"));
    all.idNumbers.push(...found.idNumbers);
    all.bankAccounts.push(...found.bankAccounts);
  }
  return all;
}

export function mergeSecrets(...lists: KnownSecrets[]): KnownSecrets {
  return {
    idNumbers: [...new Set(lists.flatMap((l) => l.idNumbers))],
    bankAccounts: [...new Set(lists.flatMap((l) => l.bankAccounts))],
  };
}

/** Where scripts/e2e-server.ts writes a server's log and its seeded secrets. */
export function e2eLogPaths(root: string, kind: string, port: string | number) {
  const dir = path.resolve(root, ".data", "e2e-logs");
  return { dir, log: path.join(dir, `${kind}-${port}.log`), seeded: path.join(dir, `${kind}-${port}.seeded.json`) };
}

export function formatFindings(findings: LogFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: ${f.kind === "idNumber" ? "resident ID number" : "bank account"} ${f.masked}`).join("\n");
}
