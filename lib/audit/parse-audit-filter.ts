import { z } from "@/lib/schemas/z";
import { AUDIT_ACTION_CODES, type AuditActionCode } from "./audit-action-codes";

const day = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "invalid"),
  z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "invalid"),
);
const text = z.string().check(z.trim(), z.maxLength(100, "tooLong"));

/** Each query parameter of the audit page and its check (messages: keys of "validation"). */
const fields = {
  actor: text,
  target: text,
  action: z.enum(AUDIT_ACTION_CODES, "invalid"),
  from: day,
  to: day,
  page: z.string().check(z.regex(/^\d{1,7}$/, "invalid")),
} as const;

export type AuditFilterField = keyof typeof fields;

export interface AuditFilter {
  actor?: string;
  target?: string;
  action?: AuditActionCode;
  /** China calendar days (YYYY-MM-DD), both inclusive. */
  from?: string;
  to?: string;
  /** As asked for; the listing clamps it to the pages there are. */
  page: number;
}

/**
 * The audit page's query parameters, checked field by field: a bad value is reported next to its
 * field and ignored while the other filters still apply (a URL is typed by hand, not a form post).
 */
export function parseAuditFilter(query: Record<string, string | string[] | undefined>): { filter: AuditFilter; errors: Partial<Record<AuditFilterField, string>> } {
  const filter: AuditFilter = { page: 1 };
  const errors: Partial<Record<AuditFilterField, string>> = {};
  for (const field of Object.keys(fields) as AuditFilterField[]) {
    const raw = query[field];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const parsed = z.safeParse(fields[field], value);
    if (!parsed.success) {
      errors[field] = parsed.error.issues[0]?.message ?? "invalid";
      continue;
    }
    if (field === "page") filter.page = Number(parsed.data);
    else if (field === "action") filter.action = parsed.data as AuditActionCode;
    else filter[field] = parsed.data;
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = "invalid";
    delete filter.to;
  }
  return { filter, errors };
}
