// `npm run db:seed`: re-creates the demo. On the embedded database it wipes and re-seeds; on
// PostgreSQL it refuses unless told explicitly (--wipe), since that would erase real data.
import { resolveDatabaseUrl } from "@/lib/db/client";
import { closeDatabase, getDatabase, getPrisma } from "@/lib/db";
import { migrateDatabase } from "@/tooling/db/migrate-app-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import fs from "node:fs";
import { auditAnchorDir } from "@/lib/audit/audit-anchor-store";
import { ensureLocalSecrets } from "../tooling/scripts/local-secrets";

async function main() {
  const database = resolveDatabaseUrl(process.env.DATABASE_URL);
  if (database.kind === "postgres" && !process.argv.includes("--wipe")) {
    console.error("✖ DATABASE_URL points to PostgreSQL. Re-creating the demo there erases every row: run `npm run db:seed -- --wipe` if you mean it.");
    process.exit(1);
  }
  if (database.kind === "pglite") Object.assign(process.env, ensureLocalSecrets(process.env));
  console.log("› Wiping the database…");
  await getDatabase().raw.withSession((session) => session.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
  await migrateDatabase();
  // The anchors describe the wiped log: keep them aside, or verification would report every entry gone.
  const anchors = auditAnchorDir();
  if (fs.existsSync(anchors)) {
    const aside = `${anchors}.before-seed-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(anchors, aside);
    console.log(`› The audit anchors of the wiped database are kept at ${aside}`);
  }
  console.log("› Seeding the demo…");
  await seedDemo(getPrisma(), { log: (line) => console.log(`  ${line}`) });
  console.log("✔ Demo re-created. Logins: see README.md.");
}

main()
  .catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
