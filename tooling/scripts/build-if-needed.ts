import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "tooling", "messages", "public", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";
const fingerprintFile = () => path.join(distDir(), "portal-source-fingerprint");
/** The output of the last `next build` made here, kept for reading (e2e/startup.spec.ts checks it has no warnings). */
export const buildLogFile = () => path.join(distDir(), "portal-build.log");

/** A hash of every source file's path, size and modification time: cheap, and changes with any edit. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) walk(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

/** True when the production build was made from exactly these sources. */
export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(distDir(), "BUILD_ID")) && fs.existsSync(fingerprintFile()) && fs.readFileSync(fingerprintFile(), "utf8") === sourceFingerprint();
}

// What in `next build`'s output a person must see: its warnings and errors. The rest (the route
// table, timings) is for people who asked for it, in the log file.
const NOTEWORTHY = /⚠|warn|error|fail/i;

/**
 * Runs `next build` unless the last build was made from exactly these sources. Quiet when the
 * build is clean; its whole output is printed when it failed or warned, and kept in
 * `<distDir>/portal-build.log` either way.
 */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env, { quiet = false }: { quiet?: boolean } = {}): void {
  if (buildIsCurrent()) {
    if (!quiet) console.log("› Production build is up to date.");
    return;
  }
  const fingerprint = sourceFingerprint();
  console.log("› Building the portal (next build; about a minute on 2 cores)…");
  const started = Date.now();
  // Under CI=true, next build warns "No build cache found" when <distDir>/cache is missing: advice
  // for CI services that keep that folder between runs. Ours builds a fresh clone every time, so
  // there is nothing to keep; the build starts its cache in this folder either way.
  fs.mkdirSync(path.join(distDir(), "cache"), { recursive: true });
  const result = spawnSync("npx", ["next", "build"], { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  fs.mkdirSync(distDir(), { recursive: true });
  fs.writeFileSync(buildLogFile(), output);
  if (result.status !== 0) {
    process.stdout.write(output);
    console.error("✖ The build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  if (NOTEWORTHY.test(output)) process.stdout.write(output);
  console.log(`› Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  fs.writeFileSync(fingerprintFile(), fingerprint);
}
