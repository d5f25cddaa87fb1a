import "server-only";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { accountHolderOf, administratorOf, organisationActor, provinceAdministratorOf, reviewerOf, staffOf } from "@/lib/auth/actors";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getPrisma } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { messageWithValues } from "@/lib/schemas/message-values";
import { consumeRateLimit } from "@/lib/throttle/consume-rate-limit";
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

/**
 * The database refused a value of the request as data (SQLSTATE class 22: a number out of its
 * column's range, a byte the encoding cannot hold, ...). That is bad input, not a server fault:
 * the schema should have refused it, and this keeps a gap there from answering "unexpected".
 */
function isDataException(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } } | null)?.meta;
  const cause = meta?.driverAdapterError?.cause;
  return /^22[0-9A-Z]{3}$/.test(String(cause?.originalCode ?? cause?.code ?? ""));
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    // Schemas may be classic zod or zod/mini (client forms); both throw a core $ZodError.
    if (error instanceof z.core.$ZodError) return { ok: false, fieldErrors: fieldErrorsOf(error) };
    if (error instanceof DomainError) {
      // A field's message may name values ("from 2026-12-08 at the soonest"): carried as the zod messages carry them.
      const message = error.params ? messageWithValues(error.code, error.params) : error.code;
      return error.field ? { ok: false, fieldErrors: { [error.field]: message } } : { ok: false, formError: error.code };
    }
    // Framework control flow (redirect, notFound, forbidden) must pass through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
      throw error;
    }
    if (isDataException(error)) {
      console.warn("A server action's input was refused by the database as data");
      return { ok: false, fieldErrors: { _form: "invalid" } };
    }
    console.error("Unexpected error in a server action", error instanceof Error ? error.name : typeof error);
    return { ok: false, formError: "unexpected" };
  }
}

/**
 * PostgreSQL text cannot hold U+0000: a string with one would pass the schema and then fail in
 * the database as an "unexpected" error. Refused here, next to its field, for every action
 * (found by tests/db/action-fuzz.test.ts). FormData text fields are checked too.
 */
function refuseNulCharacters(value: unknown, path: string[] = []): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw new DomainError("invalid", path.join(".") || "_form");
  } else if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) refuseNulCharacters(entry, [...path, key]);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseNulCharacters(item, [...path, String(index)]));
  } else if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) refuseNulCharacters(item, [...path, key]);
  }
}

function parseInput<S extends z.core.$ZodType>(schema: S, raw: unknown): z.output<S> {
  const input = z.parse(schema, raw);
  refuseNulCharacters(input);
  return input;
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
    run(async () => {
      const ctx = await context();
      // Every unauthenticated POST counts against its address, in the database (lib/throttle).
      await consumeRateLimit(getPrisma(), "publicPost", { address: ctx.ipAddress });
      return handler(parseInput(schema, raw), ctx);
    });
}

function authedAction<S extends z.core.$ZodType, T>(
  roles: Role[],
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext & { user: CurrentUser }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: "signedOut" };
    if (!roles.includes(user.role)) forbidden();
    return run(async () => handler(parseInput(schema, raw), { ...(await context()), user }));
  };
}

/**
 * An action for one kind of caller: the role is checked on the server (a signed-in user of
 * another role gets 403), then the handler gets the parsed input and its typed actor, so action
 * files neither repeat role lists nor build actors from the session by hand.
 */
function roleBoundAction<A>(roles: Role[], actorOf: (user: CurrentUser) => A) {
  return <S extends z.core.$ZodType, T>(
    schema: S,
    handler: (input: z.output<S>, ctx: ActionContext & { actor: A; user: CurrentUser }) => Promise<T>,
  ) => authedAction(roles, schema, (input, ctx) => handler(input, { ...ctx, actor: actorOf(ctx.user) }));
}

export const enterpriseAction = roleBoundAction(["ENTERPRISE_MEMBER"], (user) => organisationActor(user, "ENTERPRISE"));
export const institutionAction = roleBoundAction(["INSTITUTION_MEMBER"], (user) => organisationActor(user, "TRAINING_INSTITUTION"));
export const reviewerAction = roleBoundAction(["REVIEWER"], reviewerOf);
export const adminAction = roleBoundAction(["ADMINISTRATOR"], administratorOf);
export const provinceAction = roleBoundAction(["PROVINCE_ADMINISTRATOR"], provinceAdministratorOf);
/** Either bureau role, for what concerns the staff account itself (switching city). */
export const staffAction = roleBoundAction(["REVIEWER", "ADMINISTRATOR"], staffOf);
/** Any signed-in user acting on its own account (password change). */
export const accountAction = roleBoundAction(["ENTERPRISE_MEMBER", "INSTITUTION_MEMBER", "REVIEWER", "ADMINISTRATOR", "PROVINCE_ADMINISTRATOR"], accountHolderOf);
