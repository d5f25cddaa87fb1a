import * as z from "zod/mini";

/**
 * What a failed check says when its schema names no message. zod's own defaults are English
 * sentences ("Invalid input: expected string, received number"), but every message of these
 * schemas is a key of the "validation" namespace, translated where it is shown; so wrong-typed
 * or missing input gets a key as well, in both languages, on the server as in the browser.
 */
export function validationKeyOf(issue: z.core.$ZodRawIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  if (issue.code === "too_big" && issue.origin === "string") return "tooLong";
  return "invalid";
}

z.config({ customError: validationKeyOf });

/** zod/mini, configured: every schema in lib/schemas imports it from here. */
export { z };
