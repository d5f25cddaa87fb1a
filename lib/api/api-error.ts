/**
 * A refusal of the public API, answered in the one error shape (lib/api/api-response.ts). `code` is
 * machine-readable and stable within v1; the message is rendered in the caller's language from
 * messages/<locale>/api.json when the response is written.
 */
export type ApiErrorCode =
  | "invalid_input"
  | "malformed_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "not_found"
  | "unknown_city"
  | "method_not_allowed"
  | "rate_limited"
  | "forbidden_origin"
  | "internal"
  | "unauthorized"
  | "insufficient_scope"
  | "idempotency_key_missing"
  | "idempotency_conflict"
  | "claim_conflict";

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 422,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_found: 404,
  unknown_city: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  forbidden_origin: 403,
  internal: 500,
  unauthorized: 401,
  insufficient_scope: 403,
  idempotency_key_missing: 400,
  idempotency_conflict: 409,
  claim_conflict: 409,
};

/** One refused field: its path (dots and [index], as the request names it), a code, and a message key with params. */
export interface ApiFieldProblem {
  field: string;
  code: string;
  /** Key in the "validation", "api" or "eligibility" namespace, see api-messages.ts. */
  message: { namespace: "validation" | "api" | "eligibility"; key: string; params?: Record<string, string> };
}

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly options: { fields?: ApiFieldProblem[]; params?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = "ApiError";
    this.status = API_ERROR_STATUS[code];
  }
}
