import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { clampPage } from "@/lib/paging/clamp-page";

export const WHAT_IF_ROW_SORTS = ["differenceFen", "nowFen", "draftFen", "claimNumber"] as const;
export type WhatIfRowSort = (typeof WHAT_IF_ROW_SORTS)[number];
export type SortDirection = "asc" | "desc";

export interface WhatIfRowQuery {
  page?: number;
  pageSize?: number;
  /** Default: differenceFen, desc (the largest gains first). */
  sort?: WhatIfRowSort;
  direction?: SortDirection;
}

export const WHAT_IF_PAGE_SIZES = { default: 50, max: 200 } as const;

/** The order of a run's rows: the chosen column, then the claim id, so equal amounts keep one order across pages. */
export function whatIfRowOrder(query: Pick<WhatIfRowQuery, "sort" | "direction">): Prisma.WhatIfRunRowOrderByWithRelationInput[] {
  const sort = WHAT_IF_ROW_SORTS.includes(query.sort as WhatIfRowSort) ? query.sort! : "differenceFen";
  const direction: SortDirection = query.direction === "asc" ? "asc" : query.direction === "desc" ? "desc" : sort === "claimNumber" ? "asc" : "desc";
  return [{ [sort]: direction }, { claimId: direction }];
}

/** One page of a run's changed claims, sorted; a page past the end shows the last one (lib/paging). */
export async function listWhatIfRunRows(prisma: PrismaClient, runId: string, query: WhatIfRowQuery = {}) {
  const pageSize = Math.min(Math.max(1, Math.floor(query.pageSize ?? WHAT_IF_PAGE_SIZES.default)), WHAT_IF_PAGE_SIZES.max);
  const total = await prisma.whatIfRunRow.count({ where: { runId } });
  const { page, pageCount } = clampPage(query.page ?? 1, total, pageSize);
  const rows = await prisma.whatIfRunRow.findMany({ where: { runId }, orderBy: whatIfRowOrder(query), skip: (page - 1) * pageSize, take: pageSize });
  return { rows, total, page, pageCount, pageSize };
}
export type WhatIfRunRowView = Awaited<ReturnType<typeof listWhatIfRunRows>>["rows"][number];
