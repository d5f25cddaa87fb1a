import { getPrisma } from "@/lib/db";
import { claimsEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// API v1 with an organisation's key (lib/api/keyed-endpoint.ts): the key's organisation's claims of the default city. Every method is answered by
// the endpoint (405 in the API's shape).
async function handle(request: Request) {
  return endpoint(request, { prisma: getPrisma() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
