import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PublicEndpoint } from "@/lib/api/public-endpoint";
import { assertMatchesContract } from "./api-contract";

export interface ApiAnswer {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  body: unknown;
}

let addressCounter = 0;
/** A fresh client address: the per-address limit is only what the rate-limit test tests. */
export const freshAddress = () => {
  const n = ++addressCounter;
  return `198.18.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
};

/**
 * Calls an endpoint of the public API as its route file would (lib/api/v1/endpoints.ts), with a
 * real Request, and reads the JSON answer. `json` sets the body and its content type; `body` and
 * `headers` send anything else (a wrong type, broken JSON, a stream). The answer must match the
 * OpenAPI document (tests/db/api-contract.ts), or the call throws.
 */
export async function callApi(
  endpoint: PublicEndpoint,
  prisma: PrismaClient,
  path: string,
  init: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string>; city?: string; id?: string; address?: string } = {},
): Promise<ApiAnswer> {
  const headers = new Headers(init.headers);
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", init.address ?? freshAddress());
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const method = init.method ?? (body === undefined ? "GET" : "POST");
  const request = new Request(`http://portal.test${path}`, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
  const response = await endpoint(request, { prisma, city: init.city, id: init.id });
  const text = await response.text();
  const answer = { method, path, status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  // Every answer of every API test is checked against the OpenAPI document (the contract test).
  assertMatchesContract(answer);
  return answer;
}
