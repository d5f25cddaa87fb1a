import type { Prisma } from "@/lib/generated/prisma/client";
import { isNanchangCreditCode, normaliseCreditCode } from "@/lib/eligibility";
import { DomainError } from "@/lib/errors/domain-error";
import type { EmploymentContractData } from "@/lib/schemas/employment-contract";

export interface ResolvedEmployer {
  employerOrganisationId: string | null;
  outsideEmployerName: string | null;
  outsideEmployerCreditCode: string | null;
  outsideEmployerCity: string | null;
  employerInNanchang: boolean;
  confirmation: "PENDING" | "NOT_REQUIRED";
}

/**
 * Where the employer is located is derived, never chosen: a registered enterprise carries its own
 * inNanchang flag (and must confirm the contract); an outside employer is located by the region
 * digits of its credit code, and a Nanchang code must be the registered enterprise instead.
 */
export async function resolveEmployer(
  tx: Prisma.TransactionClient,
  data: Pick<EmploymentContractData, "employerKind" | "employerOrganisationId" | "outsideEmployerName" | "outsideEmployerCreditCode" | "outsideEmployerCity">,
): Promise<ResolvedEmployer> {
  if (data.employerKind === "REGISTERED") {
    const employer = await tx.organisation.findFirst({
      where: { id: data.employerOrganisationId ?? "", kind: "ENTERPRISE" },
      select: { id: true, inNanchang: true },
    });
    if (!employer) throw new DomainError("employerNotRegistered", "employerOrganisationId");
    return {
      employerOrganisationId: employer.id,
      outsideEmployerName: null,
      outsideEmployerCreditCode: null,
      outsideEmployerCity: null,
      employerInNanchang: employer.inNanchang,
      confirmation: "PENDING",
    };
  }
  const code = normaliseCreditCode(data.outsideEmployerCreditCode ?? "");
  if (isNanchangCreditCode(code)) throw new DomainError("nanchangEmployerMustBeRegistered", "outsideEmployerCreditCode");
  // A registered enterprise typed in as "outside" is the registered one: it must confirm.
  const registered = await tx.organisation.findFirst({ where: { creditCode: code, kind: "ENTERPRISE" }, select: { id: true } });
  if (registered) throw new DomainError("employerIsRegistered", "outsideEmployerCreditCode");
  return {
    employerOrganisationId: null,
    outsideEmployerName: data.outsideEmployerName ?? null,
    outsideEmployerCreditCode: code,
    outsideEmployerCity: data.outsideEmployerCity ?? null,
    employerInNanchang: false,
    confirmation: "NOT_REQUIRED",
  };
}
