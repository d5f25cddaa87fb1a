import { z } from "@/lib/schemas/z";
import { MAX_JSON_BODY_BYTES } from "../read-json-body";
import { DEFAULT_CITY_SLUG } from "../resolve-city";
import {
  errorResponseSchema,
  noticeQuery,
  noticeResponse,
  offshoreEligibilityRequest,
  offshoreEligibilityResponse,
  policyVersionSchema,
  policyVersionsResponse,
  trainingEligibilityRequest,
  trainingEligibilityResponse,
} from "./schemas";
import { claimDetailSchema, claimsQuery, claimsResponse, offshoreDraftRequest } from "./claim-schemas";

// The OpenAPI 3.1 contract of API v1, generated from the zod schemas the routes validate with
// (zod 4's own z.toJSONSchema, which reads zod/mini schemas; OpenAPI 3.1 takes JSON Schema
// 2020-12 as it is). Nothing here restates a field: change a schema and the document follows.
// Served at /api/v1/openapi.json and rendered at /developers.

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodMiniType, io: "input" | "output"): JsonSchema {
  const generated = { ...(z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "throw" }) as JsonSchema) };
  // The document names the dialect once (jsonSchemaDialect), not in every schema.
  delete generated.$schema;
  return generated;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { "application/json": { schema: ref(name) } } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is not valid JSON (code malformed_json); for a keyed write, also a missing or malformed Idempotency-Key header (idempotency_key_missing).",
  401: "No API key, or an unknown, revoked or expired one (code unauthorized); see the WWW-Authenticate header.",
  403: "Sent by a web page of another site (code forbidden_origin); with a key, a key without the scope this operation needs (insufficient_scope).",
  404: "Unknown city (unknown_city) or address (not_found); with a key, a record of another organisation or a city that is not the key's (not_found).",
  409: "The Idempotency-Key was used before with a different request (idempotency_conflict), or the claim cannot be saved as sent: changed since the version you sent, or no longer a draft (claim_conflict).",
  405: "The address does not take this method (method_not_allowed); see the Allow header.",
  413: `The body is larger than ${MAX_JSON_BODY_BYTES} bytes (payload_too_large).`,
  415: "The body is not application/json (unsupported_media_type).",
  422: "Invalid input (invalid_input): every refused field is listed in error.fields.",
  429: "Too many requests from this address, or with this key (rate_limited); wait for Retry-After seconds.",
  500: "An error on the portal's side (internal).",
};

function errors(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_DESCRIPTIONS[status],
        ...(status === 401 ? { headers: { "WWW-Authenticate": { description: "Bearer challenge.", schema: { type: "string" } } } } : {}),
        ...(status === 429 ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } } } } : {}),
        ...json("Error"),
      },
    ]),
  );
}

const acceptLanguage = {
  name: "Accept-Language",
  in: "header",
  required: false,
  description: "zh-CN (default) or en: the language of explanations and error messages.",
  schema: { type: "string" },
};
const cityParameter = {
  name: "city",
  in: "path",
  required: true,
  description: `The city whose rules and notice to use (today: ${DEFAULT_CITY_SLUG}).`,
  schema: { type: "string", examples: [DEFAULT_CITY_SLUG] },
};

const idParameter = { name: "id", in: "path", required: true, description: "The claim's id.", schema: { type: "string" } };
const idempotencyKeyHeader = {
  name: "Idempotency-Key",
  in: "header",
  required: true,
  description:
    "Any token you choose (1 to 255 of A-Z a-z 0-9 . _ : -), new for each write. Sent again with the same body, the stored answer is replayed and nothing more is written; with a different body, 409. Refused requests are not stored.",
  schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,255}$" },
};

function queryParameters(schema: z.ZodMiniType): JsonSchema[] {
  const { properties = {}, required = [] } = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: "query", required: required.includes(name), schema: property }));
}

interface Endpoint {
  path: string;
  method: "get" | "post";
  operationId: string;
  summary: string;
  description: string;
  request?: string;
  response: string;
  query?: JsonSchema[];
  errorStatuses: number[];
  /** An endpoint of the API with an organisation's key: the scope it needs. */
  scope?: "claims:read" | "claims:write";
  headers?: JsonSchema[];
  pathParameters?: JsonSchema[];
  /** Other success statuses answering the same schema as 200. */
  alsoSucceeds?: Record<string, string>;
  tag?: string;
}

const ENDPOINTS: Endpoint[] = [
  {
    path: "policy-versions",
    method: "get",
    operationId: "listPolicyVersions",
    summary: "Published policy versions",
    description: "Every published version, oldest first, with its effective range and every parameter. Drafts never appear.",
    response: "PolicyVersions",
    errorStatuses: [403, 404, 405, 422, 429, 500],
  },
  {
    path: "eligibility/offshore",
    method: "post",
    operationId: "evaluateOffshore",
    summary: "Rule A: offshore outsourcing incentive",
    description:
      "The body is the input of evaluateOffshoreIncentive (money in minor units) plus an optional published policyVersion; without it, the version in force on 1 January of the claim year. The answer is the module's result unchanged, the version used and the explanation.",
    request: "OffshoreEligibilityRequest",
    response: "OffshoreEligibility",
    errorStatuses: [400, 403, 404, 405, 413, 415, 422, 429, 500],
  },
  {
    path: "eligibility/training",
    method: "post",
    operationId: "evaluateTraining",
    summary: "Rule B: training subsidy for one trainee",
    description:
      "The body is the input of evaluateTrainingSubsidy (dates YYYY-MM-DD) plus an optional published policyVersion; without it, the version in force on the contract's signing date.",
    request: "TrainingEligibilityRequest",
    response: "TrainingEligibility",
    errorStatuses: [400, 403, 404, 405, 413, 415, 422, 429, 500],
  },
  {
    path: "notice",
    method: "get",
    operationId: "listNotice",
    summary: "The public notice (公示), paged",
    description: "Items in their notice period and items held by an objection, newest first, masked exactly as on the notice page. A page past the end answers the last page.",
    response: "Notice",
    query: queryParameters(noticeQuery),
    errorStatuses: [403, 404, 405, 422, 429, 500],
  },
  {
    path: "claims",
    method: "get",
    operationId: "listClaims",
    summary: "Your organisation's claims, paged (key with claims:read)",
    description:
      "The claims of the key's organisation, newest first: an enterprise's offshore claims (rule A), an institution's training claims (rule B). A page past the end answers the last page.",
    response: "Claims",
    query: queryParameters(claimsQuery),
    errorStatuses: [401, 403, 404, 405, 422, 429, 500],
    scope: "claims:read",
    tag: "claims",
  },
  {
    path: "claims/{id}",
    method: "get",
    operationId: "getClaim",
    summary: "One of your organisation's claims (key with claims:read)",
    description:
      "A claim of the key's organisation, with rule A's contract lines or rule B's totals (a training claim's trainees are not listed). Another organisation's claim answers 404, as one that does not exist.",
    response: "Claim",
    pathParameters: [idParameter],
    errorStatuses: [401, 403, 404, 405, 429, 500],
    scope: "claims:read",
    tag: "claims",
  },
  {
    path: "offshore-claims",
    method: "post",
    operationId: "saveOffshoreDraft",
    summary: "Create or update an offshore claim's draft (enterprise key with claims:write)",
    description:
      "The portal's own draft form as JSON, checked by the same rules: without claimId, creates the draft for claimYear (201); with claimId and version, replaces its amounts and lines (200; a line keeps its evidence when sent with its id). Amounts are US dollars as typed in the form (\"1234.56\"). Unknown fields are refused. Submitting the claim stays a person's step in the portal. An institution's key gets 404.",
    request: "OffshoreDraftRequest",
    response: "Claim",
    alsoSucceeds: { "201": "Created: a new draft." },
    headers: [idempotencyKeyHeader],
    errorStatuses: [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500],
    scope: "claims:write",
    tag: "claims",
  },
];

function operation(endpoint: Endpoint, withCity: boolean) {
  return {
    operationId: withCity ? `${endpoint.operationId}ForCity` : endpoint.operationId,
    summary: endpoint.summary,
    description: withCity ? endpoint.description : `${endpoint.description} For the default city (${DEFAULT_CITY_SLUG}).`,
    tags: [endpoint.tag ?? (endpoint.method === "post" ? "eligibility" : "data")],
    parameters: [...(withCity ? [cityParameter] : []), ...(endpoint.pathParameters ?? []), acceptLanguage, ...(endpoint.headers ?? []), ...(endpoint.query ?? [])],
    ...(endpoint.request ? { requestBody: { required: true, ...json(endpoint.request) } } : {}),
    ...(endpoint.scope ? { security: [{ apiKey: [endpoint.scope] }] } : {}),
    responses: {
      "200": { description: "OK", ...json(endpoint.response) },
      ...Object.fromEntries(Object.entries(endpoint.alsoSucceeds ?? {}).map(([status, description]) => [status, { description, ...json(endpoint.response) }])),
      ...errors(endpoint.errorStatuses),
    },
  };
}

let cached: JsonSchema | undefined;

/** The OpenAPI 3.1 document of API v1 (built once per process: the schemas do not change at run time). */
export function openApiDocument(): JsonSchema {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    paths[`/api/v1/${endpoint.path}`] = { [endpoint.method]: operation(endpoint, false) };
    paths[`/api/v1/cities/{city}/${endpoint.path}`] = { [endpoint.method]: operation(endpoint, true) };
  }
  cached = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Service outsourcing subsidies: public API",
      version: "1.0.0",
      description:
        "The rules the portal decides with, in the open: policy versions, the two calculators and the public notice, with no key, limited per address. An organisation's own claims with its API key (made in the portal; Authorization: Bearer), limited per key and per address. Versioning: see /developers.",
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description:
            "An organisation's API key, made by a member in the portal (API keys page) and shown once. Scopes: claims:read, claims:write. A revoked or expired key is refused with 401.",
        },
      },
      schemas: {
        PolicyVersion: jsonSchema(policyVersionSchema, "output"),
        PolicyVersions: jsonSchema(policyVersionsResponse, "output"),
        OffshoreEligibilityRequest: jsonSchema(offshoreEligibilityRequest, "input"),
        OffshoreEligibility: jsonSchema(offshoreEligibilityResponse, "output"),
        TrainingEligibilityRequest: jsonSchema(trainingEligibilityRequest, "input"),
        TrainingEligibility: jsonSchema(trainingEligibilityResponse, "output"),
        Notice: jsonSchema(noticeResponse, "output"),
        Claims: jsonSchema(claimsResponse, "output"),
        Claim: jsonSchema(claimDetailSchema, "output"),
        OffshoreDraftRequest: jsonSchema(offshoreDraftRequest, "input"),
        Error: jsonSchema(errorResponseSchema, "output"),
      },
    },
  };
  return cached;
}
