import { getPrisma } from "@/lib/db";
import { policyVersionsEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// Public API v1 (lib/api/v1): policy-versions of the default city, the same endpoint as
// /api/v1/cities/{city}/policy-versions. Every method is answered by the endpoint (405 in the API's shape).
async function handle(request: Request) {
  return endpoint(request, { prisma: getPrisma() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
