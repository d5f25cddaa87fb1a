import { z } from "./z";

// Reviewer forms for the public notice (client components import these: keep this file free of
// server imports such as the audit log, which pulls node:crypto into the browser bundle).
// Messages are keys of the "validation" namespace.

export const recordObjectionSchema = z.object({
  noticeItemId: z.uuid("invalid"),
  /** Set when the reviewer holds the item on a public objection (it is then marked HELD with it). */
  publicObjectionId: z.optional(z.uuid("invalid")),
  objection: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(2000, "tooLong")),
});
export type RecordObjectionInput = z.input<typeof recordObjectionSchema>;

export const resolveObjectionSchema = z.object({
  noticeItemId: z.uuid("invalid"),
  outcome: z.enum(["DISMISS", "UPHOLD"]),
  note: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(2000, "tooLong")),
});
export type ResolveObjectionInput = z.input<typeof resolveObjectionSchema>;

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
// zod's own e-mail pattern, as emailField uses it.
const isEmail = (value: string) => z.safeParse(z.email(), value).success;

/** How an objector may be reached: a mainland mobile or landline number, or an e-mail address. */
export function contactKindOf(contact: string): "PHONE" | "EMAIL" | null {
  if (PHONE.test(contact)) return "PHONE";
  if (contact.includes("@") && isEmail(contact)) return "EMAIL";
  return null;
}

/** The public notice page's objection form (no account: name, contact, reason). */
export const publicObjectionSchema = z.object({
  noticeItemId: z.uuid("invalid"),
  name: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(50, "tooLong")),
  contact: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(254, "tooLong"), z.refine((v) => contactKindOf(v) !== null, "contact")),
  reason: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(1000, "tooLong")),
});
export type PublicObjectionInput = z.input<typeof publicObjectionSchema>;

/** A reviewer dismisses a public objection, with the reason kept. */
export const dismissPublicObjectionSchema = z.object({
  publicObjectionId: z.uuid("invalid"),
  reason: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(2000, "tooLong")),
});
export type DismissPublicObjectionInput = z.input<typeof dismissPublicObjectionSchema>;
