import { notFoundOperation, publicEndpoint } from "../public-endpoint";
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
export const notFoundEndpoint = publicEndpoint({
  GET: notFoundOperation,
  POST: notFoundOperation,
  PUT: notFoundOperation,
  PATCH: notFoundOperation,
  DELETE: notFoundOperation,
});
