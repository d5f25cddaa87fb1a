import type PgBoss from "pg-boss";
import { getDatabase } from "@/lib/db";
import { ensureEmailQueue } from "./email-queue";
import { createJobQueue } from "./job-queue";

interface JobQueueCache {
  started?: Promise<PgBoss>;
}

function cache(): JobQueueCache {
  const g = globalThis as typeof globalThis & { __portalJobQueue?: JobQueueCache };
  return (g.__portalJobQueue ??= {});
}

/** The process's started job queue on the app's database (created on first use). */
export function getAppJobQueue(): Promise<PgBoss> {
  const c = cache();
  c.started ??= (async () => {
    const boss = createJobQueue(getDatabase());
    boss.on("error", (error) => console.error("job queue error:", error.message));
    await boss.start();
    await ensureEmailQueue(boss);
    return boss;
  })();
  return c.started;
}

