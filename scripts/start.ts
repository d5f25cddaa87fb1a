// `npm start`: builds if needed, migrates, seeds an empty embedded database, serves the portal.
// The log says what a newcomer needs: which database, where the demo logins are, the address.
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { redactUrl, resolveDatabaseUrl } from "@/lib/db/client";
import { closeDatabase, getPrisma } from "@/lib/db";
import { migrateDatabase } from "@/tooling/db/migrate-app-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { buildIfNeeded } from "../tooling/scripts/build-if-needed";
import { ensureLocalSecrets } from "../tooling/scripts/local-secrets";
import { servePort } from "../tooling/scripts/serve-port";

// Next.js's own start banner repeats the address (and adds the machine's network address); the
// line "› Portal: …" below replaces it. Anything else Next.js prints passes through.
const NEXT_BANNER = /^\s*(▲ Next\.js|- Local:|- Network:|- Environments?:|✓ Starting\.\.\.|✓ Running next\.config\.js took)|^\s*$/;
// Next.js colours its banner; the patterns match the text.
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "");
const NEXT_READY = /^\s*✓ Ready in/;

/** The data directory as the README names it (.data/pglite), or in full when outside the project. */
function displayDir(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : dir;
}

async function main() {
  const port = servePort(process.env.PORT);
  const address = `http://localhost:${port}`;
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  const embedded = database.kind === "pglite";
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  if (embedded) Object.assign(env, ensureLocalSecrets(process.env));
  // next-auth builds its links and callbacks from NEXTAUTH_URL and warns on every request without
  // it; locally the portal is where this script serves it. A deployment sets its public address.
  env.NEXTAUTH_URL ??= address;
  Object.assign(process.env, env);

  buildIfNeeded(env, { quiet: true });

  console.log(`› Database: ${embedded ? `embedded PGlite in ${displayDir(database.dataDir)}` : `PostgreSQL ${redactUrl(database.url)}`}`);
  // The runner's progress is noise here; a warning (migrations unknown to this version) is not.
  const applied = await migrateDatabase({ log: (line) => (line.startsWith("warning:") ? console.warn(`⚠ ${line}`) : undefined) });
  if (applied.length > 0) console.log(`› Database schema: ${applied.length} migration${applied.length === 1 ? "" : "s"} applied.`);
  if (embedded && (await getPrisma().user.count()) === 0) {
    console.log("› Empty database: seeding the demo (a few seconds)…");
    await seedDemo(getPrisma());
  }
  if (embedded) console.log('› Demo logins: README.md, section "Demo logins".');
  // PGlite's data directory can be open in one process only: hand it over to the server.
  await closeDatabase();

  const server = spawn("npx", ["next", "start", "-p", String(port)], { stdio: ["inherit", "pipe", "pipe"], env });
  // Next.js writes parts of its banner to either stream; everything else keeps its stream.
  for (const [stream, write] of [[server.stdout!, console.log], [server.stderr!, console.error]] as const) {
    readline.createInterface({ input: stream }).on("line", (line) => {
      if (NEXT_READY.test(plain(line))) console.log(`› Portal: ${address}  (Ctrl+C stops it)`);
      else if (!NEXT_BANNER.test(plain(line))) write(line);
    });
  }
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch(async (error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  await closeDatabase().catch(() => undefined);
  process.exit(1);
});
