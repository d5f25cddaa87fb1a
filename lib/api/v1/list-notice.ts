import { clampPage } from "@/lib/paging/clamp-page";
import { countPublicNotice, listPublicNotice } from "@/lib/grants/public-notice/list-public-notice";
import { parseOrRefuse } from "../parse-or-refuse";
import type { ApiOperation } from "../public-endpoint";
import { NOTICE_DEFAULT_PAGE_SIZE, noticeQuery, type NoticeResponse } from "./schemas";

/**
 * GET notice: the path's city's public notice (公示) as data, exactly what the notice page shows (the same lib
 * function, so the same masking and the same items), paged. A page past the end answers the last page.
 */
export const listNotice: ApiOperation = async (_request, { db, url, city }): Promise<NoticeResponse> => {
  const query = parseOrRefuse(noticeQuery, Object.fromEntries(url.searchParams));
  const pageSize = query.pageSize ? Number(query.pageSize) : NOTICE_DEFAULT_PAGE_SIZE;
  const now = new Date();
  const total = await countPublicNotice(db, city.id, now);
  const { page, pageCount } = clampPage(query.page ? Number(query.page) : 1, total, pageSize);
  const rows = await listPublicNotice(db, city.id, now, { skip: (page - 1) * pageSize, take: pageSize });
  return {
    page,
    pageSize,
    total,
    pageCount,
    items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString(), endsAt: r.endsAt.toISOString() })),
  };
};
