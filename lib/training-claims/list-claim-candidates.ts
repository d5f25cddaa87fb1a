import type { OrganisationScope } from "@/lib/auth/actors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { TrainingSubsidyResult } from "@/lib/eligibility";
import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { clampPage } from "@/lib/paging/clamp-page";
import { evaluateTraineeFacts, TRAINEE_FACTS_INCLUDE } from "./evaluate-trainee-for-claim";
import { findDuplicateClaims } from "./find-duplicate-claim";

export interface ClaimCandidate {
  traineeId: string;
  name: string;
  idNumberMasked: string;
  result: TrainingSubsidyResult | null;
  /** Why the trainee cannot be evaluated or added: an "errors" message key. */
  refusal: string | null;
  /** Already in another claim that counts; which one is not said to the institution. */
  duplicate: boolean;
  /** Can be added now: evaluated eligible and not a duplicate. */
  addable: boolean;
}

export interface CandidateQuery {
  /** Part of the name, or the last digits of the ID number as the masked number shows them (e.g. "1234"). */
  search?: string;
  onlyEligible?: boolean;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface CandidatePage {
  candidates: ClaimCandidate[];
  /** Trainees matching the search (and, with onlyEligible, addable). */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export const CANDIDATE_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** The search box: the masked number's visible tail when it looks like one, otherwise part of the name. */
function searchWhere(search: string | undefined): Prisma.TraineeWhereInput {
  const q = search?.trim().slice(0, 60);
  if (!q) return {};
  if (/^[0-9]{1,3}[0-9Xx]?$/.test(q)) return { OR: [{ person: { idNumberMasked: { endsWith: q.toUpperCase() } } }, { name: { contains: q } }] };
  return { name: { contains: q, mode: "insensitive" } };
}

/**
 * One page of the institution's trainees not yet in this claim, each with its rule-B evaluation (a
 * preview: adding evaluates again inside its transaction). Filtering and paging happen on the
 * server, and evaluation is in bulk: a few queries load the page's trainees with their facts and
 * the duplicate status of all their people at once, then the pure rules run in memory. "Only
 * eligible" needs the evaluation of every match, so it loads all matches' facts (still a handful
 * of queries; thousands of trainees take well under a second) and pages the result. Read-only.
 */
export async function listClaimCandidates(
  prisma: PrismaClient,
  institution: OrganisationScope,
  claimId: string,
  query: CandidateQuery = {},
): Promise<CandidatePage> {
  const institutionId = institution.organisationId;
  const pageSize = Math.min(Math.max(1, Math.floor(query.pageSize ?? CANDIDATE_PAGE_SIZE)), MAX_PAGE_SIZE);
  const requestedPage = query.page ?? 1;
  const where: Prisma.TraineeWhereInput = { institutionId, claimLines: { none: { claimId } }, ...searchWhere(query.search) };
  const orderBy: Prisma.TraineeOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  const select = { id: true, name: true, personId: true, studentStatus: true, person: { select: { idNumberMasked: true } }, ...TRAINEE_FACTS_INCLUDE } as const;
  const policies = await loadPolicyVersions(prisma, institution.cityId);

  const evaluate = async (trainees: Array<Prisma.TraineeGetPayload<{ select: typeof select }>>) => {
    const duplicates = await findDuplicateClaims(prisma, [...new Set(trainees.map((t) => t.personId))], institution, claimId);
    return trainees.map((trainee): ClaimCandidate => {
      const base = { traineeId: trainee.id, name: trainee.name, idNumberMasked: trainee.person.idNumberMasked };
      const duplicate = duplicates.get(trainee.personId)!;
      const outcome = evaluateTraineeFacts(trainee, duplicate.alreadySubsidised, policies);
      if (outcome.refusal) return { ...base, result: null, refusal: outcome.refusal, duplicate: false, addable: false };
      const result = outcome.evaluation.result;
      return {
        ...base,
        result,
        refusal: duplicate.alreadyClaimed ? "duplicatePersonInClaim" : null,
        duplicate: duplicate.alreadyClaimed,
        addable: result.eligible && !duplicate.alreadyClaimed,
      };
    });
  };

  if (query.onlyEligible) {
    const addable = (await evaluate(await prisma.trainee.findMany({ where, orderBy, select }))).filter((c) => c.addable);
    const { page, pageCount } = clampPage(requestedPage, addable.length, pageSize);
    return { candidates: addable.slice((page - 1) * pageSize, page * pageSize), total: addable.length, page, pageSize, pageCount };
  }
  const total = await prisma.trainee.count({ where });
  const { page, pageCount } = clampPage(requestedPage, total, pageSize);
  const trainees = await prisma.trainee.findMany({ where, orderBy, select, skip: (page - 1) * pageSize, take: pageSize });
  return { candidates: await evaluate(trainees), total, page, pageSize, pageCount };
}
