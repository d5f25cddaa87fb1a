import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCreditCode } from "@/lib/eligibility";
import { regionInCity } from "@/lib/cities/city-for-region";
import { cityDivisionPrefixes } from "@/lib/cities/find-city";
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
 * Where the employer is located is derived, never chosen, and compared with the institution's
 * city (rule B's "employer in the city"; the stored flag keeps its first name, employerInNanchang):
 * a registered enterprise is located by the region of its credit code (and must confirm the
 * contract); an outside employer by the region digits of the code typed in, and a code of the
 * institution's own city must be the registered enterprise instead.
 */
export async function resolveEmployer(
  tx: Prisma.TransactionClient,
  institutionCityId: string,
  data: Pick<EmploymentContractData, "employerKind" | "employerOrganisationId" | "outsideEmployerName" | "outsideEmployerCreditCode" | "outsideEmployerCity">,
): Promise<ResolvedEmployer> {
  const territory = await cityDivisionPrefixes(tx, institutionCityId);
  if (data.employerKind === "REGISTERED") {
    const employer = await tx.organisation.findFirst({
      // A closed registration employs nobody any more: the enterprise is its open registration.
      where: { id: data.employerOrganisationId ?? "", kind: "ENTERPRISE", status: { not: "CLOSED" } },
      select: { id: true, regionCode: true },
    });
    if (!employer) throw new DomainError("employerNotRegistered", "employerOrganisationId");
    return {
      employerOrganisationId: employer.id,
      outsideEmployerName: null,
      outsideEmployerCreditCode: null,
      outsideEmployerCity: null,
      employerInNanchang: regionInCity(employer.regionCode, territory),
      confirmation: "PENDING",
    };
  }
  const code = normaliseCreditCode(data.outsideEmployerCreditCode ?? "");
  if (regionInCity(code.slice(2, 8), territory)) throw new DomainError("employerInCityMustBeRegistered", "outsideEmployerCreditCode");
  // A registered enterprise typed in as "outside" is the registered one: it must confirm.
  const registered = await tx.organisation.findFirst({ where: { openCreditCode: code, kind: "ENTERPRISE" }, select: { id: true } });
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
