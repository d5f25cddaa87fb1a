import { authenticateApiKey, type ApiKeyPrincipal } from "@/lib/api-keys/authenticate-api-key";
import { hasScope, type ApiKeyScope } from "@/lib/api-keys/api-key-scopes";
import { recordApiKeyUse, type ApiKeyUse } from "@/lib/api-keys/record-api-key-use";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import type { Tx } from "@/lib/db";
import { ApiError } from "./api-error";
import { errorResponse, jsonResponse } from "./api-response";
import { negotiateLocale } from "./negotiate-locale";
import { consumeApiAllowance, type ApiContext, type ApiMethod, type EndpointDeps, type PublicEndpoint } from "./public-endpoint";
import { DEFAULT_CITY_SLUG, resolveCity } from "./resolve-city";

/** What a keyed operation is given: the public API's context, the key, the path's id and a way to record the use. */
export interface KeyedApiContext extends ApiContext {
  key: ApiKeyPrincipal;
  id?: string;
  /**
   * Records this request's use of the key (lastUsedAt and one audit entry) inside the operation's
   * own transaction, so a write and its record commit together. An operation that writes must call
   * it; for one that does not, the endpoint records the use after it has answered.
   */
  recordUse: (tx: Tx, outcome: { status: number; replayed?: boolean }) => Promise<void>;
}

/** A keyed operation's answer: the body, and the status when it is not 200. */
export interface KeyedAnswer {
  status?: number;
  body: unknown;
}

export interface KeyedOperation {
  scope: ApiKeyScope;
  run: (request: Request, context: KeyedApiContext) => Promise<KeyedAnswer>;
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BEARER_CHALLENGE = 'Bearer realm="api/v1"';

/**
 * One endpoint of the API that acts for an organisation, with its key (`Authorization: Bearer`).
 * Beside publicEndpoint, with the same error shape. In order:
 * - a write from another site's web page is refused (403), as on the public API;
 * - the address's allowance is counted before the key is looked up (guessing keys costs it);
 * - an unknown method is 405; a missing, unknown, revoked or expired key, or one of an organisation
 *   no longer vetted, is 401 with WWW-Authenticate, not saying which;
 * - then the key's own allowance (429 with Retry-After either way);
 * - the city of the path must exist (404 unknown_city) and be the key's (404 not_found: a key of
 *   one city does not see that another city serves the same path);
 * - a key without the operation's scope is 403 insufficient_scope;
 * - every request that got past the key check is audited once, naming the key (never the secret),
 *   and sets lastUsedAt.
 */
export function keyedEndpoint(operations: Partial<Record<ApiMethod, KeyedOperation>>): PublicEndpoint {
  const allowed = Object.keys(operations).join(", ");
  return async (request, deps) => {
    const locale = negotiateLocale(request.headers.get("accept-language"));
    const address = clientAddressFrom(request.headers);
    const url = new URL(request.url);
    let use: { key: ApiKeyPrincipal; recorded: boolean } | null = null;
    const record = (tx: Tx, key: ApiKeyPrincipal, outcome: Omit<ApiKeyUse, "method" | "path" | "address">) =>
      recordApiKeyUse(tx, key, { ...outcome, method: request.method, path: url.pathname, address });
    let response: Response;
    try {
      if (!READ_METHODS.has(request.method) && !isSameOriginRequest(request.headers)) throw new ApiError("forbidden_origin");
      await consumeApiAllowance(deps.prisma, "keyedApi", { address });
      const operation = operations[request.method as ApiMethod];
      if (!operation) throw new ApiError("method_not_allowed", { params: { allowed }, headers: { Allow: allowed } });
      const key = await authenticateApiKey(deps.prisma, request.headers.get("authorization"));
      if (!key) throw new ApiError("unauthorized", { headers: { "WWW-Authenticate": `${BEARER_CHALLENGE}, error="invalid_token"` } });
      // A request refused by the key's allowance is not a use: a flood writes no audit entries.
      await consumeApiAllowance(deps.prisma, "keyedApi", { accountId: key.id });
      use = { key, recorded: false };
      const slug = deps.city ?? DEFAULT_CITY_SLUG;
      const city = await resolveCity(deps.prisma, slug);
      if (!city) throw new ApiError("unknown_city", { params: { city: slug.slice(0, 40) } });
      if (city.id !== key.cityId) throw new ApiError("not_found");
      if (!hasScope(key.scopes, operation.scope)) {
        throw new ApiError("insufficient_scope", {
          params: { scope: operation.scope },
          headers: { "WWW-Authenticate": `${BEARER_CHALLENGE}, error="insufficient_scope", scope="${operation.scope}"` },
        });
      }
      const current = use;
      const answer = await runRecordingOnce(current, () => operation.run(request, {
        db: deps.prisma,
        locale,
        city,
        url,
        key,
        id: deps.id,
        recordUse: async (tx, outcome) => {
          await record(tx, key, { status: outcome.status, replayed: outcome.replayed });
          current.recorded = true;
        },
      }));
      response = jsonResponse(answer.body, locale, answer.status ?? 200);
    } catch (error) {
      if (error instanceof ApiError) response = errorResponse(error, locale);
      else {
        console.error(`keyed API ${request.method} ${url.pathname}:`, error);
        response = errorResponse(new ApiError("internal"), locale);
      }
    }
    if (use && !use.recorded) {
      const { key } = use;
      try {
        await deps.prisma.$transaction((tx) => record(tx, key, { status: response.status }));
      } catch (error) {
        // No unaudited use: if the record cannot be written, the answer is withheld.
        console.error(`keyed API ${request.method} ${url.pathname}: recording the use failed`, error);
        return errorResponse(new ApiError("internal"), locale);
      }
    }
    return response;
  };
}

/** An operation that throws rolled its transaction back, and with it any record of use it wrote. */
async function runRecordingOnce<T>(use: { recorded: boolean }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    use.recorded = false;
    throw error;
  }
}


export type { EndpointDeps };
