import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { parseOrRefuse } from "../parse-or-refuse";
import type { ApiOperation } from "../public-endpoint";
import { publicPolicyVersion } from "./public-policy-version";
import { z } from "@/lib/schemas/z";
import type { PolicyVersionsResponse } from "./schemas";

/** GET policy-versions: every published version of the path's city, oldest first, with its range and every parameter; drafts never appear. */
export const listPublicPolicyVersions: ApiOperation = async (_request, { db, url, city }): Promise<PolicyVersionsResponse> => {
  parseOrRefuse(z.strictObject({}), Object.fromEntries(url.searchParams));
  return { items: (await loadPolicyVersions(db, city.id)).map(publicPolicyVersion) };
};
