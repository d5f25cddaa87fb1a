import { clampPage } from "@/lib/paging/clamp-page";
import type { KeyedOperation } from "../keyed-endpoint";
import { parseOrRefuse } from "../parse-or-refuse";
import { CLAIMS_DEFAULT_PAGE_SIZE, claimsQuery, type ClaimsResponse } from "./claim-schemas";
import { countClaimsOfKey, getClaimOfKey, listClaimsOfKey } from "./claim-view";

/** GET claims: the key's organisation's claims, newest first, paged like GET notice. */
export const listClaims: KeyedOperation = {
  scope: "claims:read",
  run: async (_request, { db, url, key }) => {
    const query = parseOrRefuse(claimsQuery, Object.fromEntries(url.searchParams));
    const pageSize = query.pageSize ? Number(query.pageSize) : CLAIMS_DEFAULT_PAGE_SIZE;
    const total = await countClaimsOfKey(db, key);
    const { page, pageCount } = clampPage(query.page ? Number(query.page) : 1, total, pageSize);
    const items = await listClaimsOfKey(db, key, { skip: (page - 1) * pageSize, take: pageSize });
    const body: ClaimsResponse = { page, pageSize, total, pageCount, items };
    return { body };
  },
};

/** GET claims/{id}: one claim of the key's organisation; another organisation's is 404. */
export const getClaim: KeyedOperation = {
  scope: "claims:read",
  run: async (_request, { db, key, id }) => ({ body: await getClaimOfKey(db, key, id ?? "") }),
};
