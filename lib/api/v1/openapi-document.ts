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
  400: "The body is not valid JSON (code malformed_json).",
  403: "Sent by a web page of another site (code forbidden_origin).",
  404: "Unknown city (unknown_city) or address (not_found).",
  405: "The address does not take this method (method_not_allowed); see the Allow header.",
  413: `The body is larger than ${MAX_JSON_BODY_BYTES} bytes (payload_too_large).`,
  415: "The body is not application/json (unsupported_media_type).",
  422: "Invalid input (invalid_input): every refused field is listed in error.fields.",
  429: "Too many requests from this address (rate_limited); wait for Retry-After seconds.",
  500: "An error on the portal's side (internal).",
};

function errors(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_DESCRIPTIONS[status],
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
];

function operation(endpoint: Endpoint, withCity: boolean) {
  return {
    operationId: withCity ? `${endpoint.operationId}ForCity` : endpoint.operationId,
    summary: endpoint.summary,
    description: withCity ? endpoint.description : `${endpoint.description} For the default city (${DEFAULT_CITY_SLUG}).`,
    tags: [endpoint.method === "post" ? "eligibility" : "data"],
    parameters: [...(withCity ? [cityParameter] : []), acceptLanguage, ...(endpoint.query ?? [])],
    ...(endpoint.request ? { requestBody: { required: true, ...json(endpoint.request) } } : {}),
    responses: { "200": { description: "OK", ...json(endpoint.response) }, ...errors(endpoint.errorStatuses) },
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
        "The rules the portal decides with, in the open: policy versions, the two calculators and the public notice. No key needed; limited per address. Versioning: see /developers.",
    },
    paths,
    components: {
      schemas: {
        PolicyVersion: jsonSchema(policyVersionSchema, "output"),
        PolicyVersions: jsonSchema(policyVersionsResponse, "output"),
        OffshoreEligibilityRequest: jsonSchema(offshoreEligibilityRequest, "input"),
        OffshoreEligibility: jsonSchema(offshoreEligibilityResponse, "output"),
        TrainingEligibilityRequest: jsonSchema(trainingEligibilityRequest, "input"),
        TrainingEligibility: jsonSchema(trainingEligibilityResponse, "output"),
        Notice: jsonSchema(noticeResponse, "output"),
        Error: jsonSchema(errorResponseSchema, "output"),
      },
    },
  };
  return cached;
}
