import { getPrisma } from "@/lib/db";
import { openApiEndpoint as endpoint } from "@/lib/api/v1/endpoints";

// The OpenAPI 3.1 document of API v1, generated from the routes' zod schemas (lib/api/v1/openapi-document.ts).
async function handle(request: Request) {
  return endpoint(request, { prisma: getPrisma() });
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
