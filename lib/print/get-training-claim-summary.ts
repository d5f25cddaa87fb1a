import { trainingClaimReaderWhere, type ClaimReader } from "./claim-reader";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/db/is-uuid";
import { trainingClaimHeadSelect } from "@/lib/training-claims/training-claim-head-select";

/**
 * What a training claim's printed summary shows: the institution, the totals and one row per
 * trainee. Scoped by the institution in the `where` when the institution asks (reviewers pass
 * null), so another institution's claim is not found. Only the masked ID number is selected:
 * a printout leaves the portal, the full number must never be on it.
 */
export async function getTrainingClaimSummary(prisma: PrismaClient, reader: ClaimReader, claimId: string) {
  if (!isUuid(claimId)) throw new NotFoundError();
  const claim = await prisma.trainingClaim.findFirst({
    where: { id: claimId, ...trainingClaimReaderWhere(reader) },
    select: {
      ...trainingClaimHeadSelect,
      submittedAt: true,
      institution: { select: { nameZh: true, nameEn: true, creditCode: true, cityId: true, district: true, address: true, contactName: true, contactPhone: true } },
      lines: {
        // The order the claim page and the approval's evaluation use.
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          traineeFen: true,
          institutionFen: true,
          decision: true,
          trainee: { select: { name: true, person: { select: { idNumberMasked: true } } } },
          trainingRecord: { select: { courseName: true, startDate: true, endDate: true, certificate: { select: { certificateNo: true } } } },
          contract: { select: { employerInNanchang: true, outsideEmployerName: true, employerOrganisation: { select: { nameZh: true } } } },
        },
      },
    },
  });
  if (!claim) throw new NotFoundError();
  const { lines, ...head } = claim;
  return {
    ...head,
    lines: lines.map((line, index) => ({
      id: line.id,
      lineNo: index + 1,
      traineeName: line.trainee.name,
      idNumberMasked: line.trainee.person.idNumberMasked,
      courseName: line.trainingRecord.courseName,
      trainingStart: line.trainingRecord.startDate,
      trainingEnd: line.trainingRecord.endDate,
      certificateNo: line.trainingRecord.certificate?.certificateNo ?? null,
      // A registered employer by its portal name, an outside one by the name the institution gave.
      employerName: line.contract.employerOrganisation?.nameZh ?? line.contract.outsideEmployerName ?? "",
      employerInNanchang: line.contract.employerInNanchang,
      traineeFen: line.traineeFen,
      institutionFen: line.institutionFen,
      decision: line.decision,
    })),
  };
}

export type TrainingClaimSummary = Awaited<ReturnType<typeof getTrainingClaimSummary>>;
