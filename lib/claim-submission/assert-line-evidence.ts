import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import { missingLineEvidence, type MissingLineEvidence } from "./missing-line-evidence";

/**
 * A submission refused because lines lack evidence. It carries each such line (number, contract
 * number, the kinds it lacks) so the form can say it next to that line; an action that does not
 * unpack it still shows the generic "lineEvidenceMissing" form error.
 */
export class LineEvidenceMissingError extends DomainError {
  readonly lines: MissingLineEvidence[];

  constructor(lines: MissingLineEvidence[]) {
    super("lineEvidenceMissing");
    this.name = "LineEvidenceMissingError";
    this.lines = lines;
  }
}

/**
 * Refuses the submission of an offshore claim while any of its lines lacks the evidence
 * missing-line-evidence.ts requires. Only the organisation's own files count (as on its claim
 * page). Run inside the submission's transaction, after the claim row is locked, so it reads the
 * evidence as it is when the submission commits.
 */
export async function assertOffshoreLineEvidence(tx: Prisma.TransactionClient, claimId: string, organisationId: string): Promise<void> {
  const lines = await tx.offshoreContractLine.findMany({
    where: { claimId },
    select: { id: true, lineNo: true, contractRegNo: true, evidence: { where: { organisationId }, select: { kind: true } } },
  });
  const missing = missingLineEvidence(lines);
  if (missing.length > 0) throw new LineEvidenceMissingError(missing);
}
