// Evidence the factories upload (a submitted offshore claim's receipts, prisma/seed/factories.ts)
// goes to the process's file store: here a temporary folder per test file, removed afterwards,
// instead of the checkout's .data/evidence that the development server uses.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-test-evidence-"));
process.env.EVIDENCE_DIR = dir;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
