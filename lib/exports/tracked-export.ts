import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startExportRun } from "./export-runs";
import { writeExport, type WriteExportOptions } from "./write-export";

export interface ExportTracking {
  /** The page's id for this download (?exportId=…), if it shows progress. */
  exportId?: string;
  userId: string;
  /** Which export, for the run's row ("review-queue"). */
  kind: string;
  /** Counts the rows first; only called when the download is tracked. */
  countRows?: () => Promise<number> | number;
}

/** writeExport with its progress in the database (lib/exports/export-runs.ts) when the page asked for it. */
export async function trackedExport<Row>(prisma: PrismaClient, tracking: ExportTracking, options: Omit<WriteExportOptions<Row>, "hooks">): Promise<ReadableStream<Uint8Array>> {
  const rowsTotal = tracking.exportId && tracking.countRows ? await tracking.countRows() : null;
  const hooks = await startExportRun(prisma, { exportId: tracking.exportId, userId: tracking.userId, kind: tracking.kind, format: options.format, rowsTotal });
  return writeExport({ ...options, hooks });
}
