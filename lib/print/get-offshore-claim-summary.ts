import { offshoreClaimReaderWhere, type ClaimReader } from "./claim-reader";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/db/is-uuid";
import { offshoreClaimHeadSelect, offshoreLineSelect } from "@/lib/offshore-claims/offshore-claim-head-select";

/**
 * What a claim's printed summary shows: the applicant, the totals and the lines. Scoped by the
 * organisation in the `where` when an applicant asks (reviewers pass null), so another
 * organisation's claim is not found.
 */
export async function getOffshoreClaimSummary(prisma: PrismaClient, reader: ClaimReader, claimId: string) {
  if (!isUuid(claimId)) throw new NotFoundError();
  const claim = await prisma.offshoreClaim.findFirst({
    where: { id: claimId, ...offshoreClaimReaderWhere(reader) },
    select: {
      ...offshoreClaimHeadSelect,
      onshoreUsdCents: true,
      entitlementFen: true,
      grantedFen: true,
      submittedAt: true,
      organisation: { select: { nameZh: true, nameEn: true, creditCode: true, cityId: true, district: true, address: true, contactName: true, contactPhone: true } },
      lines: {
        orderBy: { lineNo: "asc" },
        select: offshoreLineSelect,
      },
    },
  });
  if (!claim) throw new NotFoundError();
  return claim;
}

export type OffshoreClaimSummary = Awaited<ReturnType<typeof getOffshoreClaimSummary>>;
