// `npm run db:create-app-role -- <role> [--password-env VAR]`: creates or updates the app's own
// database role on MIGRATION_DATABASE_URL (the owner's connection; falls back to DATABASE_URL) and
// grants it what the app needs and no more (tooling/scripts/app-role.ts). Run it after `npm run
// db:migrate`. The password is read from the environment variable named (default APP_DB_PASSWORD),
// never from the command line. `--print` writes the SQL instead (for a DBA).
import pg from "pg";
import { appRoleSql } from "../tooling/scripts/app-role";

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const role = args.find((a) => !a.startsWith("--")) ?? "portal_app";
  const passwordVar = args.includes("--password-env") ? args[args.indexOf("--password-env") + 1]! : "APP_DB_PASSWORD";
  const sql = appRoleSql(role, process.env[passwordVar] || undefined);
  if (args.includes("--print")) {
    console.log(sql);
    return;
  }
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//i.test(url)) throw new Error("Set MIGRATION_DATABASE_URL (the owner's postgres:// URL). PGlite has one user: there is no second role to create.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
  console.log(`✔ Role ${role} can read and write the portal's rows, only append to the audit log and the ledger, and alter nothing.`);
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
