// After the e2e run: every e2e server's log (scripts/e2e-server.ts) must hold no resident ID
// number and no bank account: neither the seeded ones, nor those the specs type, nor any valid ID
// number at all (tooling/log-scan.ts). A leak fails the run, listing file, line and the
// value masked.
import fs from "node:fs";
import { e2eLogPaths, formatFindings, mergeSecrets, scanLogText, secretLiteralsOfProject, type KnownSecrets } from "@/tooling/log-scan";

export default function globalTeardown() {
  const root = process.cwd();
  const pglitePort = Number(process.env.E2E_PORT ?? 3100);
  // The servers this run started (playwright.config.ts: E2E_DATABASES picks one of the two).
  const only = process.env.E2E_DATABASES;
  const servers = [
    ...(!only || only === "pglite" ? [e2eLogPaths(root, "pglite", pglitePort)] : []),
    ...(process.env.TEST_DATABASE_URL && (!only || only === "postgres") ? [e2eLogPaths(root, "postgres", pglitePort + 1)] : []),
  ];
  const literals = secretLiteralsOfProject(root);
  const problems: string[] = [];
  for (const server of servers) {
    if (!fs.existsSync(server.log)) {
      problems.push(`${server.log}: missing, so it could not be scanned`);
      continue;
    }
    const seeded: KnownSecrets = fs.existsSync(server.seeded) ? JSON.parse(fs.readFileSync(server.seeded, "utf8")) : { idNumbers: [], bankAccounts: [] };
    if (seeded.idNumbers.length === 0) problems.push(`${server.seeded}: no seeded ID numbers recorded, so the scan would prove little`);
    const findings = scanLogText(fs.readFileSync(server.log, "utf8"), mergeSecrets(literals, seeded), server.log);
    if (findings.length > 0) problems.push(formatFindings(findings));
    else console.log(`log scan: ${server.log}: no ID number or bank account (${seeded.idNumbers.length} seeded IDs, ${seeded.bankAccounts.length + literals.bankAccounts.length} accounts checked)`);
  }
  if (problems.length > 0) throw new Error(`Personal data in the e2e server logs:\n${problems.join("\n")}`);
}
