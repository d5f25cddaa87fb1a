import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/db/is-uuid";
import type { ExportHooks } from "./write-export";

/** How long a finished or abandoned run's row is kept (its progress bar is long gone by then). */
const KEEP_RUNS_MS = 24 * 60 * 60 * 1000;

export interface StartExportRun {
  /** The id the page made for this download (?exportId=…); without one the export runs untracked. */
  exportId: string | undefined;
  userId: string;
  kind: string;
  format: string;
  /** Rows the export will write, when it can count them first. */
  rowsTotal: number | null;
}

/**
 * The progress of one download, in the database so that the page's polls, wherever they land
 * (several app instances share one PostgreSQL), read what the streaming instance wrote: the
 * run's row is created before the first byte, its rows-written count set after every page, and
 * its status set at the end. Scoped by user at every step: an id another user already took is
 * left alone, and this download then simply runs without progress.
 *
 * Returns the hooks for writeExport (lib/exports/write-export.ts).
 */
export async function startExportRun(prisma: PrismaClient, run: StartExportRun, now = new Date()): Promise<ExportHooks> {
  const { exportId, userId } = run;
  if (!exportId || !isUuid(exportId)) return {};
  await prisma.exportRun.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_RUNS_MS) } } });
  await prisma.exportRun.createMany({
    data: [{ id: exportId, userId, kind: run.kind, format: run.format, rowsTotal: run.rowsTotal, createdAt: now }],
    skipDuplicates: true,
  });
  const mine = { id: exportId, userId };
  return {
    page: async (rowsWritten) => {
      await prisma.exportRun.updateMany({ where: mine, data: { rowsWritten } });
    },
    end: async ({ ok, rowsWritten }) => {
      await prisma.exportRun.updateMany({ where: mine, data: { rowsWritten, status: ok ? "DONE" : "FAILED" } });
    },
  };
}
