/**
 * The page a paged list shows, given the page asked for (from the URL, so anything), the number
 * of matching rows and the page size. A page past the end shows the last page, and an empty list
 * is one empty page: the list never reads "page 2 of 1".
 */
export function clampPage(requested: number, total: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, pageSize)));
  const asked = Number.isFinite(requested) ? Math.floor(requested) : 1;
  return { page: Math.min(Math.max(1, asked), pageCount), pageCount };
}
