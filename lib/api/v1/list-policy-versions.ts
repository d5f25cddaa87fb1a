import { loadPolicyVersions } from "@/lib/policy/load-policy-versions";
import { parseOrRefuse } from "../parse-or-refuse";
import type { ApiOperation } from "../public-endpoint";
import { z } from "@/lib/schemas/z";
import type { PolicyVersionsResponse } from "./schemas";

/** GET policy-versions: every published version, oldest first, with its range and every parameter; drafts never appear. */
export const listPublicPolicyVersions: ApiOperation = async (_request, { db, url }): Promise<PolicyVersionsResponse> => {
  parseOrRefuse(z.strictObject({}), Object.fromEntries(url.searchParams));
  // Policy versions are not per city yet: issue 22 adds the city to the look-up.
  return { items: await loadPolicyVersions(db) };
};
