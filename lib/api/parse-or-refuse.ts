import type { z } from "@/lib/schemas/z";
import { EligibilityInputError } from "@/lib/eligibility";
import { ApiError, type ApiFieldProblem } from "./api-error";

function fieldPath(path: readonly PropertyKey[]): string {
  // The whole body has no path of its own: call it what the caller sent.
  if (path.length === 0) return "body";
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join("");
}

/** The request's value as the schema reads it, or a 422 naming each refused field (an unknown field is one too). */
export function parseOrRefuse<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: ApiFieldProblem[] = result.error.issues.flatMap((issue): ApiFieldProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), code: "unknown_field", message: { namespace: "api", key: "fields.unknown_field" } }));
    }
    if (issue.path.length === 0 && issue.code === "invalid_type") {
      return [{ field: "body", code: "invalid", message: { namespace: "api", key: "fields.body" } }];
    }
    return [{ field: fieldPath(issue.path), code: issue.message, message: { namespace: "validation", key: issue.message } }];
  });
  throw new ApiError("invalid_input", { fields });
}

/**
 * The eligibility module's refusal of a field (which the schema should already have caught: this
 * is the second line) or its "no policy in force", as the same 422 shape with the module's own
 * message; any other error unchanged.
 */
function asApiRefusal(error: unknown): unknown {
  if (!(error instanceof EligibilityInputError)) return error;
  return new ApiError("invalid_input", {
    fields: [{ field: error.field === "input" ? "body" : error.field, code: error.code.toLowerCase(), message: { namespace: "eligibility", key: error.messageKey, params: error.messageParams } }],
  });
}

export function refusingEligibilityErrors<T>(evaluate: () => T): T {
  try {
    return evaluate();
  } catch (error) {
    throw asApiRefusal(error);
  }
}

export async function refusingEligibilityErrorsAsync<T>(evaluate: () => Promise<T>): Promise<T> {
  try {
    return await evaluate();
  } catch (error) {
    throw asApiRefusal(error);
  }
}
