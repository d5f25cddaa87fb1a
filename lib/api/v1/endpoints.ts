import { keyedEndpoint } from "../keyed-endpoint";
import { notFoundOperation, publicEndpoint } from "../public-endpoint";
import { getClaim, listClaims } from "./list-claims";
import { saveOffshoreDraft } from "./save-offshore-draft";
import { evaluateOffshoreEligibility } from "./evaluate-offshore-eligibility";
import { evaluateTrainingEligibility } from "./evaluate-training-eligibility";
import { listNotice } from "./list-notice";
import { listPublicPolicyVersions } from "./list-policy-versions";
import { openApiDocument } from "./openapi-document";

// The public API v1, one endpoint per address. The route files under app/api/v1 only pass the
// app's database and the city of their path; tests call these with a test database.
export const policyVersionsEndpoint = publicEndpoint({ GET: listPublicPolicyVersions });
export const offshoreEligibilityEndpoint = publicEndpoint({ POST: evaluateOffshoreEligibility });
export const trainingEligibilityEndpoint = publicEndpoint({ POST: evaluateTrainingEligibility });
export const noticeEndpoint = publicEndpoint({ GET: listNotice });
export const openApiEndpoint = publicEndpoint({ GET: async () => openApiDocument() });
// With an organisation's API key (Authorization: Bearer), lib/api/keyed-endpoint.ts.
export const claimsEndpoint = keyedEndpoint({ GET: listClaims });
export const claimEndpoint = keyedEndpoint({ GET: getClaim });
export const offshoreClaimsEndpoint = keyedEndpoint({ POST: saveOffshoreDraft });
export const notFoundEndpoint = publicEndpoint({
  GET: notFoundOperation,
  POST: notFoundOperation,
  PUT: notFoundOperation,
  PATCH: notFoundOperation,
  DELETE: notFoundOperation,
});
