import type { Locale } from "@/lib/i18n/locales";
import { API_ERROR_STATUS, type ApiError } from "./api-error";
import { apiMessage } from "./api-messages";

/** Headers of every API answer: JSON in the caller's language, never cached by a proxy (limits and notices change). */
function apiHeaders(locale: Locale, extra: Record<string, string> = {}): Headers {
  return new Headers({
    "Content-Type": "application/json; charset=utf-8",
    "Content-Language": locale,
    "Cache-Control": "no-store",
    Vary: "Accept-Language",
    ...extra,
  });
}

export function jsonResponse(body: unknown, locale: Locale, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: apiHeaders(locale, headers) });
}

/**
 * The one error shape of the API: `{ error: { status, code, message, fields: [{ field, code, message }] } }`.
 * `fields` is empty unless the request had fields to refuse (422).
 */
export function errorResponse(error: ApiError, locale: Locale): Response {
  const body = {
    error: {
      status: API_ERROR_STATUS[error.code],
      code: error.code,
      message: apiMessage("api", `errors.${error.code}`, error.options.params, locale),
      fields: (error.options.fields ?? []).map((f) => ({
        field: f.field,
        code: f.code,
        message: apiMessage(f.message.namespace, f.message.key, f.message.params, locale),
      })),
    },
  };
  return jsonResponse(body, locale, error.status, error.options.headers);
}
