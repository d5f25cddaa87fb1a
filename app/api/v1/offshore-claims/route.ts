import { getPrisma } from "@/lib/db";
import { offshoreClaimsEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// API v1 with an organisation's key (lib/api/keyed-endpoint.ts): create or update an offshore draft, default city. Every method is answered by
// the endpoint (405 in the API's shape).
async function handle(request: Request) {
  return endpoint(request, { prisma: getPrisma() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
