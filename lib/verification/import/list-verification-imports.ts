import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The city's imports of official data, newest first: kind, file, rows, periods, who, when. */
export function listVerificationImports(prisma: PrismaClient, cityId: string, take = 50) {
  return prisma.verificationImport.findMany({
    where: { cityId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true, kind: true, source: true, fileName: true, rowCount: true, importedCount: true, rejectedCount: true, replacedCount: true,
      periodFrom: true, periodTo: true, createdAt: true, createdBy: { select: { name: true } },
    },
  });
}

/** An enterprise's own uploads of its receipts, newest first. */
export function listOwnReceiptUploads(prisma: PrismaClient, organisationId: string, take = 20) {
  return prisma.verificationImport.findMany({
    where: { organisationId, source: "ENTERPRISE" },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, rowCount: true, importedCount: true, rejectedCount: true, replacedCount: true, periodFrom: true, periodTo: true, createdAt: true },
  });
}
