import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { CohortImportReport } from "./import-cohort";

/** One of the institution's cohort imports with its report of rejected rows. */
export async function getImportBatch(prisma: PrismaClient, institutionId: string, batchId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(batchId)) throw new NotFoundError();
  const batch = await prisma.importBatch.findFirst({ where: { id: batchId, organisationId: institutionId, kind: "TRAINEE_COHORT" } });
  if (!batch) throw new NotFoundError();
  return { ...batch, report: batch.report as unknown as CohortImportReport };
}

export function listImportBatches(prisma: PrismaClient, institutionId: string) {
  return prisma.importBatch.findMany({
    where: { organisationId: institutionId, kind: "TRAINEE_COHORT" },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, rowCount: true, importedCount: true, rejectedCount: true, createdAt: true },
  });
}
