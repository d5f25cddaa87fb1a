import { getPrisma } from "@/lib/db";
import { notFoundEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// Any other address under /api/v1: 404 in the API's error shape (Next's own 404 is an HTML page).
async function handle(request: Request) {
  return endpoint(request, { prisma: getPrisma() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
