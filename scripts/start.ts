// `npm start`: builds if needed, migrates, seeds an empty embedded database, serves the portal.
import { spawn } from "node:child_process";
import { resolveDatabaseUrl } from "@/lib/db/client";
import { closeDatabase, getPrisma } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate-app-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { buildIfNeeded } from "./lib/build-if-needed";
import { ensureLocalSecrets } from "./lib/local-secrets";

async function main() {
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  const embedded = database.kind === "pglite";
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (embedded) Object.assign(env, ensureLocalSecrets(process.env));
  Object.assign(process.env, env);

  buildIfNeeded(env);

  console.log(`› Database: ${embedded ? `embedded PGlite (${database.dataDir})` : "PostgreSQL"}`);
  await migrateDatabase();
  if (embedded && (await getPrisma().user.count()) === 0) {
    console.log("› Empty database: seeding the demo (logins in README.md)…");
    await seedDemo(getPrisma(), { log: (line) => console.log(`  ${line}`) });
  }
  // PGlite's data directory can be open in one process only: hand it over to the server.
  await closeDatabase();

  const port = process.env.PORT ?? "3000";
  console.log(`› Serving http://localhost:${port}`);
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
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
