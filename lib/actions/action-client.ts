import "server-only";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { DomainError } from "@/lib/errors/domain-error";
import type { Role } from "@/lib/generated/prisma/client";
import type { ActionResult } from "./action-result";

interface ActionContext {
  ipAddress: string;
}

function fieldErrorsOf(error: z.core.$ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // Schemas may be classic zod or zod/mini (client forms); both throw a core $ZodError.
    if (error instanceof z.core.$ZodError) return { ok: false, fieldErrors: fieldErrorsOf(error) };
    if (error instanceof DomainError) {
      return error.field ? { ok: false, fieldErrors: { [error.field]: error.code } } : { ok: false, formError: error.code };
    }
    // Framework control flow (redirect, notFound, forbidden) must pass through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
      throw error;
    }
    console.error("Unexpected error in a server action", error instanceof Error ? error.name : typeof error);
    return { ok: false, formError: "unexpected" };
  }
}

async function context(): Promise<ActionContext> {
  return { ipAddress: clientAddressFrom(await headers()) };
}

/**
 * Every server action goes through one of these: the input is parsed with the same zod schema
 * the form uses (so a hand-crafted request cannot set fields the form does not have: zod
 * strips unknown keys), the caller is authenticated and its role checked, errors are mapped.
 */
export function publicAction<S extends z.core.$ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => handler(z.parse(schema, raw), await context()));
}

export function authedAction<S extends z.core.$ZodType, T>(
  roles: Role[],
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext & { user: CurrentUser }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: "signedOut" };
    if (!roles.includes(user.role)) forbidden();
    return run(async () => handler(z.parse(schema, raw), { ...(await context()), user }));
  };
}
