import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { DomainError } from "@/lib/errors/domain-error";
import type { Locale } from "@/lib/i18n/locales";
import { consumeRateLimit, type RateLimitSubject } from "@/lib/throttle/consume-rate-limit";
import type { RateLimitedAction } from "@/lib/throttle/rate-limit-policy";
import { ApiError } from "./api-error";
import { errorResponse, jsonResponse } from "./api-response";
import { negotiateLocale } from "./negotiate-locale";
import { DEFAULT_CITY_SLUG, resolveCity, type ResolvedCity } from "./resolve-city";

/** What an operation of the public API is given: the database, the caller's language, the city, the URL. */
export interface ApiContext {
  db: PrismaClient;
  locale: Locale;
  city: ResolvedCity;
  url: URL;
}

export type ApiOperation = (request: Request, context: ApiContext) => Promise<unknown>;

/** What a route file passes in: the app's client, and the city of the path (none: the default city). */
export interface EndpointDeps {
  prisma: PrismaClient;
  city?: string;
  /** The record id of the path (/claims/{id}), for the endpoints that have one. */
  id?: string;
}

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type PublicEndpoint = (request: Request, deps: EndpointDeps) => Promise<Response>;

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * One endpoint of the public API, answering every method its route file exports. In order:
 * - a request that is not a read and carries another site's Origin is refused (403) before
 *   anything else: the API is for scripts and servers, which send no Origin (SECURITY.md, V13);
 * - every request counts against the caller's address in the database limiter (429 with
 *   Retry-After), before its body is read, so a flood costs one row update per request;
 * - a method the endpoint does not take answers 405 with Allow;
 * - the city of the path goes through resolveCity (unknown: 404);
 * - the operation's value is the 200 body; an ApiError becomes the error shape; anything else is
 *   logged and answered as a generic 500 without internals.
 * The session cookie is never read: nothing here acts on behalf of a signed-in person.
 */
export function publicEndpoint(operations: Partial<Record<ApiMethod, ApiOperation>>): PublicEndpoint {
  const allowed = Object.keys(operations).join(", ");
  return async (request, deps) => {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    try {
      if (!READ_METHODS.has(request.method) && !isSameOriginRequest(request.headers)) throw new ApiError("forbidden_origin");
      await consumeApiAllowance(deps.prisma, "publicApi", { address: clientAddressFrom(request.headers) });
      const operation = operations[request.method as ApiMethod];
      if (!operation) throw new ApiError("method_not_allowed", { params: { allowed }, headers: { Allow: allowed } });
      const slug = deps.city ?? DEFAULT_CITY_SLUG;
      const city = await resolveCity(deps.prisma, slug);
      if (!city) throw new ApiError("unknown_city", { params: { city: slug.slice(0, 40) } });
      const body = await operation(request, { db: deps.prisma, locale, city, url: new URL(request.url) });
      return jsonResponse(body, locale);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, locale);
      console.error(`public API ${request.method} ${new URL(request.url).pathname}:`, error);
      return errorResponse(new ApiError("internal"), locale);
    }
  };
}

/** Counts the request against a limit of the database limiter; used up: 429 with Retry-After. */
export async function consumeApiAllowance(prisma: PrismaClient, action: RateLimitedAction, subject: RateLimitSubject): Promise<void> {
  try {
    await consumeRateLimit(prisma, action, subject);
  } catch (error) {
    if (error instanceof DomainError && error.code === "throttled") {
      const seconds = String(error.params?.seconds ?? 60);
      throw new ApiError("rate_limited", { params: { seconds }, headers: { "Retry-After": seconds } });
    }
    throw error;
  }
}

/** The operation of a path under /api/v1 that names nothing: 404 in the error shape, whatever the method. */
export const notFoundOperation: ApiOperation = async () => {
  throw new ApiError("not_found");
};
