/**
 * Runs once when a server instance starts: refuse to start without the required secrets, then
 * apply pending migrations (each instance may try; the runner's advisory lock lets one apply
 * them and the others find nothing left to do).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readServerEnv } = await import("./lib/config/env");
  readServerEnv();
  const { getPrisma, migrateDatabase } = await import("./lib/db");
  await migrateDatabase({ log: false });
  const { ensureBuiltInPolicyVersions } = await import("./lib/policy/ensure-built-in-policy-versions");
  await ensureBuiltInPolicyVersions(getPrisma());
}
