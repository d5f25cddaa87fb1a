import { reconcileOffshoreClaim } from "@/lib/verification/reconcile-offshore-claim";
import { offshoreRiskSignals, trainingRiskSignals } from "@/lib/verification/claim-risk-signals";
import { currentFourEyesThresholdFen } from "./list-review-queue";
import type { StaffActor } from "@/lib/auth/actors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { isApplicantOnly, UNLOCKED_STATUSES } from "@/lib/claim-lifecycle";
import { claimKind, type ClaimKindName } from "./claim-kinds";
import { describeSnapshotChanges } from "./describe-snapshot-changes";
import { diffSnapshots } from "./diff-snapshots";
import { previewClaimAmount } from "./preview-claim-amount";

export type ClaimFlag =
  | { code: "fourEyes"; amountFen: number }
  | { code: "duplicatePerson"; lineId: string; otherClaimNo: string | null; alreadyPaid: boolean }
  /** Issue 22: the person is claimed or subsidised in another city: a signal, never a refusal (each city pays from its own budget). */
  | { code: "personInOtherCity"; lineId: string; cityNameZh: string; cityNameEn: string; subsidised: boolean }
  | { code: "contractSeenElsewhere"; lineId: string; contractRegNo: string; otherClaimNo: string }
  | { code: "receiptSeenElsewhere"; lineId: string; otherClaimNo: string }
  | { code: "employerConfirmation"; lineId: string; confirmation: string };

/** Another claim that shares a contract, a receipt or a person is a duplicate while it is live. */
const LIVE = { notIn: UNLOCKED_STATUSES };

async function history(prisma: PrismaClient, kind: ClaimKindName, id: string) {
  const claims = claimKind(kind);
  const link = claims.link(id);
  const [decisions, submissions, audit] = await Promise.all([
    prisma.reviewDecision.findMany({
      where: link,
      orderBy: { createdAt: "asc" },
      include: { reviewer: { select: { name: true } }, comments: true },
    }),
    prisma.claimSubmission.findMany({ where: link, orderBy: { sequence: "asc" } }),
    prisma.auditEntry.findMany({
      where: { targetType: claims.auditTargetType, targetId: id },
      orderBy: { seq: "asc" },
      take: 500,
    }),
  ]);
  const actorIds = [...new Set(audit.map((a) => a.actorId).filter((x): x is string => !!x))];
  const actors = await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const last = submissions.at(-1);
  const previous = submissions.at(-2);
  return {
    decisions,
    submissions,
    audit: audit.map((a) => ({ ...a, actorName: a.actorId ? (names.get(a.actorId) ?? null) : null })),
    changesSinceLastSubmission:
      last && previous ? describeSnapshotChanges(kind, diffSnapshots(previous.snapshot, last.snapshot), await traineeNames(prisma, kind, [previous.snapshot, last.snapshot])) : null,
  };
}

/** Training lines are keyed by person id in the snapshots: the trainees' names, for the diff. */
async function traineeNames(prisma: PrismaClient, kind: ClaimKindName, snapshots: unknown[]): Promise<Map<string, string>> {
  if (kind !== "TRAINING") return new Map();
  const traineeIds = snapshots.flatMap((s) => ((s as { lines?: Array<{ traineeId?: unknown }> }).lines ?? []).map((l) => l.traineeId).filter((id): id is string => typeof id === "string"));
  if (traineeIds.length === 0) return new Map();
  const trainees = await prisma.trainee.findMany({ where: { id: { in: [...new Set(traineeIds)] } }, select: { personId: true, name: true } });
  return new Map(trainees.map((t) => [t.personId, t.name]));
}

/**
 * Everything a reviewer needs to decide a claim; the amount and reasons recomputed now from the
 * stored inputs. Only a claim of the viewer's city: another city's is not found (issue 22).
 */
export async function getClaimForReview(prisma: PrismaClient, viewer: Pick<StaffActor, "cityId">, kind: ClaimKindName, id: string) {
  if (kind === "OFFSHORE") {
    const claim = await prisma.offshoreClaim.findUnique({
      where: { id, cityId: viewer.cityId },
      include: {
        organisation: true,
        assignedReviewer: { select: { id: true, name: true } },
        lines: { orderBy: { lineNo: "asc" }, include: { evidence: { select: { id: true, kind: true, mimeType: true, sha256: true, sizeBytes: true } } } },
      },
    });
    if (!claim || isApplicantOnly(claim.status)) throw new NotFoundError();
    const preview = await previewClaimAmount(prisma, { kind, ...claim });
    const flags: ClaimFlag[] = [];
    if (preview.fourEyes) flags.push({ code: "fourEyes", amountFen: preview.amountFen });
    const regNos = claim.lines.map((l) => l.contractRegNo);
    const sameContract = await prisma.offshoreContractLine.findMany({
      where: { contractRegNo: { in: regNos }, claimId: { not: claim.id }, claim: { status: LIVE } },
      select: { contractRegNo: true, claim: { select: { claimNo: true } } },
    });
    for (const other of sameContract) {
      const line = claim.lines.find((l) => l.contractRegNo === other.contractRegNo)!;
      flags.push({ code: "contractSeenElsewhere", lineId: line.id, contractRegNo: other.contractRegNo, otherClaimNo: other.claim.claimNo });
    }
    const hashes = claim.lines.flatMap((l) => l.evidence.map((e) => ({ lineId: l.id, sha256: e.sha256 })));
    if (hashes.length) {
      const sameFile = await prisma.evidenceFile.findMany({
        where: { sha256: { in: hashes.map((h) => h.sha256) }, offshoreLine: { claimId: { not: claim.id }, claim: { status: LIVE } } },
        select: { sha256: true, offshoreLine: { select: { claim: { select: { claimNo: true } } } } },
      });
      for (const other of sameFile) {
        const mine = hashes.find((h) => h.sha256 === other.sha256)!;
        flags.push({ code: "receiptSeenElsewhere", lineId: mine.lineId, otherClaimNo: other.offshoreLine?.claim.claimNo ?? "" });
      }
    }
    // Issue 18: each line against the statistics and the bank's receipts the city holds.
    const reconciliation = await reconcileOffshoreClaim(prisma, { cityId: claim.cityId, claimYear: claim.claimYear, creditCode: claim.organisation.creditCode, lines: claim.lines });
    const signals = await offshoreRiskSignals(prisma, claim, { amountFen: preview.amountFen, fourEyesThresholdFen: await currentFourEyesThresholdFen(prisma, claim.cityId) });
    return { kind, claim, preview, flags, reconciliation, signals, ...(await history(prisma, kind, id)) };
  }

  const claim = await prisma.trainingClaim.findUnique({
    where: { id, cityId: viewer.cityId },
    include: {
      institution: true,
      assignedReviewer: { select: { id: true, name: true } },
      lines: {
        orderBy: { createdAt: "asc" },
        include: {
          trainee: { select: { name: true, college: true, collegeLevel: true, studentStatus: true } },
          person: { select: { idNumberMasked: true } },
          trainingRecord: { include: { certificate: true } },
          contract: {
            include: {
              employerOrganisation: { select: { nameZh: true, creditCode: true } },
              evidence: { select: { id: true, kind: true, mimeType: true, sha256: true, sizeBytes: true } },
            },
          },
        },
      },
    },
  });
  if (!claim || isApplicantOnly(claim.status)) throw new NotFoundError();
  const preview = await previewClaimAmount(prisma, { kind, ...claim, organisationId: claim.institutionId, policyVersionId: null });
  const flags: ClaimFlag[] = [];
  if (preview.fourEyes) flags.push({ code: "fourEyes", amountFen: preview.amountFen });
  const personIds = claim.lines.map((l) => l.personId);
  // Across cities on purpose: another city's claim or grant for the same person is shown here by
  // that city's name only (its claim is another bureau's record), as a signal.
  const otherCity = { select: { nameZh: true, nameEn: true } } as const;
  const [otherLines, paid] = await Promise.all([
    prisma.trainingClaimLine.findMany({
      where: { personId: { in: personIds }, claimId: { not: claim.id }, claim: { status: LIVE } },
      select: { personId: true, claim: { select: { claimNo: true, cityId: true, city: otherCity } } },
    }),
    prisma.ledgerEntry.findMany({
      where: { personId: { in: personIds }, rule: "B_TRAINEE", grantKey: { not: null } },
      select: { personId: true, trainingClaimId: true, trainingClaim: { select: { cityId: true, city: otherCity } }, reversedBy: { select: { id: true } } },
    }),
  ]);
  for (const line of claim.lines) {
    const here = (cityId: string | undefined) => cityId === claim.cityId;
    const other = otherLines.find((o) => o.personId === line.personId && here(o.claim.cityId));
    const alreadyPaid = paid.some((p) => p.personId === line.personId && p.trainingClaimId !== claim.id && here(p.trainingClaim?.cityId));
    if (other || alreadyPaid) flags.push({ code: "duplicatePerson", lineId: line.id, otherClaimNo: other?.claim.claimNo ?? null, alreadyPaid });
    const elsewhere = new Map<string, { nameZh: string; nameEn: string; subsidised: boolean }>();
    for (const o of otherLines) if (o.personId === line.personId && !here(o.claim.cityId)) elsewhere.set(o.claim.cityId, { ...o.claim.city, subsidised: elsewhere.get(o.claim.cityId)?.subsidised ?? false });
    for (const p of paid) if (p.personId === line.personId && p.trainingClaim && !here(p.trainingClaim.cityId) && !p.reversedBy) elsewhere.set(p.trainingClaim.cityId, { ...p.trainingClaim.city, subsidised: true });
    for (const city of elsewhere.values()) flags.push({ code: "personInOtherCity", lineId: line.id, cityNameZh: city.nameZh, cityNameEn: city.nameEn, subsidised: city.subsidised });
    if (line.contract.employerOrganisationId && line.contract.confirmation !== "CONFIRMED") {
      flags.push({ code: "employerConfirmation", lineId: line.id, confirmation: line.contract.confirmation });
    }
  }
  const signals = await trainingRiskSignals(
    prisma,
    {
      cityId: claim.cityId,
      claimYear: claim.claimYear,
      institutionCreditCode: claim.institution.creditCode,
      lines: claim.lines.map((l) => ({ traineeName: l.trainee.name, employerCreditCode: l.contract.employerOrganisation?.creditCode ?? l.contract.outsideEmployerCreditCode, confirmedById: l.contract.confirmedById })),
    },
    { amountFen: preview.amountFen, fourEyesThresholdFen: await currentFourEyesThresholdFen(prisma, claim.cityId) },
  );
  return { kind, claim, preview, flags, signals, ...(await history(prisma, kind, id)) };
}
