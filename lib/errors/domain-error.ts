import type { DomainErrorCode, FactRefusalCode, FieldErrorCode, FormErrorCode } from "./error-codes";

/**
 * An expected refusal the user can act on. `code` is one of error-codes.ts: a message key of the "errors"
 * namespace (or of "validation" when `field` is set, to show next to that field). Anything else thrown
 * inside an action is unexpected: logged, and shown as a generic error without internals.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;
  readonly params?: Record<string, string | number>;

  constructor(code: FormErrorCode | FactRefusalCode, field?: undefined, params?: Record<string, string | number>);
  constructor(code: FieldErrorCode, field: string, params?: Record<string, string | number>);
  constructor(code: DomainErrorCode, field?: string, params?: Record<string, string | number>) {
    super(code);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
    this.params = params;
  }
}

/** The record does not exist for this caller: another organisation's record looks exactly the same. */
export class NotFoundError extends DomainError {
  constructor() {
    super("notFound");
    this.name = "NotFoundError";
  }
}

export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target;
  const fields = e.meta?.driverAdapterError?.cause?.constraint?.fields;
  return JSON.stringify([target, fields]).includes(field);
}
