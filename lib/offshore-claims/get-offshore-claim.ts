import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";

/**
 * One claim as its applicant may see it, with each line's evidence and the reviewers' comments.
 * The organisation is part of the `where`, so another organisation's claim is indistinguishable
 * from one that does not exist.
 */
export async function getOffshoreClaimForOrganisation(prisma: PrismaClient, organisationId: string, claimId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) throw new NotFoundError();
  const claim = await prisma.offshoreClaim.findFirst({
    where: { id: claimId, organisationId },
    include: {
      lines: {
        orderBy: { lineNo: "asc" },
        include: {
          evidence: {
            where: { organisationId },
            orderBy: { createdAt: "asc" },
            select: { id: true, kind: true, mimeType: true, sizeBytes: true, createdAt: true },
          },
        },
      },
      _count: { select: { decisions: true } },
    },
  });
  if (!claim) throw new NotFoundError();
  return claim;
}
