import { trainingClaimReaderWhere, type ClaimReader } from "./claim-reader";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/db/is-uuid";
import { DECIDED_STATUSES, isGranted } from "@/lib/claim-lifecycle";
import { trainingClaimHeadSelect } from "@/lib/training-claims/training-claim-head-select";

interface Message {
  messageKey: string;
  messageParams?: Record<string, unknown>;
}
/** One line's eligibility result as the approval stored it (lib/review/claim-kinds/training-claim-kind.ts). */
interface LineResult {
  eligible: boolean;
  traineeFen: number;
  institutionFen: number;
  reasons?: Array<Message & { code: string; passed: boolean }>;
  calculation?: Message;
}

/**
 * The decision notice of a decided training claim. An approval grants line by line: each line's
 * amounts and explanation come from the evaluation the deciding reviewer approved on (the second
 * approval's, under four eyes, since that is when the grants were written), so the notice says
 * what was decided even if the ledger is corrected later. A rejection gives the reviewer's reason.
 * A claim not decided (or another institution's, when an institution asks) is not found.
 */
export async function getTrainingDecisionNotice(prisma: PrismaClient, reader: ClaimReader, claimId: string) {
  if (!isUuid(claimId)) throw new NotFoundError();
  const claim = await prisma.trainingClaim.findFirst({
    where: { id: claimId, ...trainingClaimReaderWhere(reader), status: { in: DECIDED_STATUSES } },
    select: {
      ...trainingClaimHeadSelect,
      decidedAt: true,
      institution: { select: { nameZh: true, creditCode: true } },
      lines: {
        orderBy: { createdAt: "asc" },
        select: { id: true, decision: true, trainee: { select: { name: true, person: { select: { idNumberMasked: true } } } } },
      },
      decisions: {
        where: { decision: { in: ["APPROVE", "SECOND_APPROVE", "REJECT"] } },
        orderBy: { createdAt: "desc" },
        select: { decision: true, reason: true, amountFen: true, evaluation: true, createdAt: true },
      },
    },
  });
  if (!claim) throw new NotFoundError();
  const approved = isGranted(claim.status);
  const decision = claim.decisions.find((d) => (approved ? d.decision !== "REJECT" : d.decision === "REJECT"));
  if (!decision) throw new NotFoundError();
  const evaluated = approved ? ((claim.decisions.find((d) => d.decision !== "REJECT" && Array.isArray(d.evaluation))?.evaluation ?? []) as unknown as Array<{ lineId: string; result: LineResult }>) : [];
  const resultByLine = new Map(evaluated.map((e) => [e.lineId, e.result]));
  const lines = claim.lines.map((line, index) => {
    const result = resultByLine.get(line.id) ?? null;
    const granted = approved && line.decision === "APPROVED" && result?.eligible === true;
    return {
      id: line.id,
      lineNo: index + 1,
      traineeName: line.trainee.name,
      idNumberMasked: line.trainee.person.idNumberMasked,
      decision: line.decision,
      traineeFen: granted ? result.traineeFen : 0,
      institutionFen: granted ? result.institutionFen : 0,
      calculation: result?.calculation ?? null,
      // Only the conditions a line failed: they are why it got nothing; a met condition needs no word.
      unmet: (result?.reasons ?? []).filter((r) => !r.passed),
    };
  });
  const traineeFen = lines.reduce((sum, l) => sum + l.traineeFen, 0);
  const institutionFen = lines.reduce((sum, l) => sum + l.institutionFen, 0);
  return {
    claim: { id: claim.id, claimNo: claim.claimNo, claimYear: claim.claimYear, status: claim.status, institution: claim.institution },
    outcome: approved ? ("approved" as const) : ("rejected" as const),
    decidedAt: claim.decidedAt ?? decision.createdAt,
    amountFen: approved ? (decision.amountFen ?? traineeFen + institutionFen) : null,
    traineeFen: approved ? traineeFen : null,
    institutionFen: approved ? institutionFen : null,
    reason: decision.reason,
    lines,
  };
}

export type TrainingDecisionNotice = Awaited<ReturnType<typeof getTrainingDecisionNotice>>;
