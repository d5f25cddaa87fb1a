import { getPrisma } from "@/lib/db";
import { claimEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// API v1 with an organisation's key (lib/api/keyed-endpoint.ts): one claim of the key's organisation in the city. Every method is answered by
// the endpoint (405 in the API's shape).
async function handle(request: Request, { params }: { params: Promise<{ city: string; id: string }> }) {
  const { city, id } = await params;
  return endpoint(request, { prisma: getPrisma(), city, id });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
