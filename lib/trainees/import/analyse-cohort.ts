import { regionInCity } from "@/lib/cities/city-for-region";
import { cityDivisionPrefixes } from "@/lib/cities/find-city";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lookupHash } from "@/lib/crypto/pii";
import {
  evaluateTrainingSubsidy,
  policyInForceOn,
  type EligibilityPolicy,
  type TrainingSubsidyResult,
} from "@/lib/eligibility";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import type { ResolvedEmployer } from "@/lib/employment/resolve-employer";
import type { ParsedCohortRow } from "./cohort-file";

export const CHUNK = 1000;

export interface AnalysedCohortRow extends ParsedCohortRow {
  idHash: string | null;
  employer: ResolvedEmployer | null;
  eligibility: TrainingSubsidyResult | null;
}

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The database half of validating a cohort: the same ID twice in a file, the employer's
 * registration (a Nanchang employer must be a registered enterprise, which must then confirm),
 * and each row's rule-B result under the policy in force on the contract's signing date.
 */
export async function analyseCohort(db: Prisma.TransactionClient, cityId: string, rows: ParsedCohortRow[]): Promise<AnalysedCohortRow[]> {
  const [policies, territory] = await Promise.all([loadPolicyVersions(db, cityId), cityDivisionPrefixes(db, cityId)]);
  const codes = [...new Set(rows.flatMap((r) => (r.inputs ? [r.inputs.contract.employerCreditCode] : [])))];
  const registered = new Map<string, { id: string; regionCode: string; kind: string }>();
  for (const part of chunks(codes)) {
    // The employer as it is registered now: its open registration (a moved one's closed row employs nobody).
    const found = await db.organisation.findMany({ where: { openCreditCode: { in: part } }, select: { id: true, creditCode: true, regionCode: true, kind: true } });
    for (const org of found) registered.set(org.creditCode, org);
  }
  const hashes = new Map<string, string>();
  for (const row of rows) if (row.inputs) hashes.set(row.inputs.trainee.idNumber, lookupHash(row.inputs.trainee.idNumber));
  const subsidised = new Set<string>();
  for (const part of chunks([...hashes.values()])) {
    const grants = await db.ledgerEntry.groupBy({
      by: ["personId"],
      where: { rule: "B_TRAINEE", person: { idNumberHash: { in: part } } },
      _sum: { amountFen: true },
    });
    const personIds = grants.filter((g) => (g._sum.amountFen ?? 0) > 0).map((g) => g.personId!);
    const persons = await db.person.findMany({ where: { id: { in: personIds } }, select: { idNumberHash: true } });
    for (const p of persons) subsidised.add(p.idNumberHash);
  }

  const seen = new Map<string, number>();
  return rows.map((row) => {
    const analysed: AnalysedCohortRow = { ...row, errors: [...row.errors], idHash: null, employer: null, eligibility: null };
    if (!row.inputs) return analysed;
    const { trainee, training, contract } = row.inputs;
    const firstRow = seen.get(trainee.idNumber);
    if (firstRow !== undefined) analysed.errors.push({ column: "idNumber", message: "duplicateInFile" });
    else seen.set(trainee.idNumber, row.rowNo);
    analysed.idHash = hashes.get(trainee.idNumber)!;

    const org = registered.get(contract.employerCreditCode);
    if (org && org.kind === "ENTERPRISE") {
      analysed.employer = { employerOrganisationId: org.id, outsideEmployerName: null, outsideEmployerCreditCode: null, outsideEmployerCity: null, employerInNanchang: regionInCity(org.regionCode, territory), confirmation: "PENDING" };
    } else if (regionInCity(contract.employerCreditCode.slice(2, 8), territory)) {
      analysed.errors.push({ column: "employerCreditCode", message: "employerInCityMustBeRegistered" });
    } else {
      // An outside employer needs its name and city (a registered one is known by its code).
      if (!contract.employerName) analysed.errors.push({ column: "employerName", message: "required" });
      if (!contract.employerCity) analysed.errors.push({ column: "employerCity", message: "required" });
      analysed.employer = { employerOrganisationId: null, outsideEmployerName: contract.employerName, outsideEmployerCreditCode: contract.employerCreditCode, outsideEmployerCity: contract.employerCity, employerInNanchang: false, confirmation: "NOT_REQUIRED" };
    }
    let policy: EligibilityPolicy | null = null;
    try {
      policy = policyInForceOn(contract.signedOn, policies, "contractSignedOn");
    } catch {
      analysed.errors.push({ column: "contractSignedOn", message: "noPolicyInForce" });
    }
    if (policy && analysed.employer) {
      analysed.eligibility = evaluateTrainingSubsidy(
        {
          isCollegeStudent: trainee.studentStatus !== "NOT_A_STUDENT",
          trainingStart: training.startDate,
          trainingEnd: training.endDate,
          passedExam: training.examPassed,
          certificateNo: training.certificateNo ?? null,
          contractSignedOn: contract.signedOn,
          contractStart: contract.startDate,
          contractEnd: contract.endDate,
          employerIsServiceOutsourcing: true,
          employerInNanchang: analysed.employer.employerInNanchang,
          alreadySubsidised: subsidised.has(analysed.idHash),
        },
        policy,
      );
    }
    return analysed;
  });
}
