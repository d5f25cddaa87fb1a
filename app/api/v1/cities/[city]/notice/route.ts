import { getPrisma } from "@/lib/db";
import { noticeEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// Public API v1 (lib/api/v1): the city's notice. Every method is answered by the endpoint, so a
// method it does not take gets 405 in the API's error shape rather than an empty page.
async function handle(request: Request, { params }: { params: Promise<{ city: string }> }) {
  return endpoint(request, { prisma: getPrisma(), city: (await params).city });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
