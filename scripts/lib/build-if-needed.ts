import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"];
const distDir = () => process.env.NEXT_DIST_DIR || ".next";
const fingerprintFile = () => path.join(distDir(), "portal-source-fingerprint");

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

/** Runs `next build` unless the last build was made from exactly these sources. */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): void {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(distDir(), "BUILD_ID")) && fs.existsSync(fingerprintFile())
    && fs.readFileSync(fingerprintFile(), "utf8") === fingerprint;
  if (built) {
    console.log("› Production build is up to date.");
    return;
  }
  console.log("› Building the portal (next build; about a minute on 2 cores)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error("✖ The build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(fingerprintFile(), fingerprint);
}
