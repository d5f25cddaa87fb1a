import { getPrisma } from "@/lib/db";
import { claimEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// API v1 with an organisation's key (lib/api/keyed-endpoint.ts): one claim of the key's organisation, default city. Every method is answered by
// the endpoint (405 in the API's shape).
async function handle(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return endpoint(request, { prisma: getPrisma(), id: (await params).id });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
