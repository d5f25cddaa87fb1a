import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/db/is-uuid";

export interface ExportProgress {
  /** PENDING: no run of this user has this id (yet): the download has not reached the server. */
  status: "PENDING" | "RUNNING" | "DONE" | "FAILED";
  rowsWritten: number;
  rowsTotal: number | null;
}

/** What the page's progress bar shows: one user's run, never another's. */
export async function readExportProgress(prisma: PrismaClient, userId: string, exportId: string): Promise<ExportProgress> {
  const run = isUuid(exportId)
    ? await prisma.exportRun.findFirst({ where: { id: exportId, userId }, select: { status: true, rowsWritten: true, rowsTotal: true } })
    : null;
  return run ?? { status: "PENDING", rowsWritten: 0, rowsTotal: null };
}
