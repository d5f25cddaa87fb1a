import { z } from "./z";

// Reviewer forms for the public notice (client components import these: keep this file free of
// server imports such as the audit log, which pulls node:crypto into the browser bundle).
// Messages are keys of the "validation" namespace.

export const recordObjectionSchema = z.object({
  noticeItemId: z.uuid("invalid"),
  objection: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(2000, "tooLong")),
});
export type RecordObjectionInput = z.input<typeof recordObjectionSchema>;

export const resolveObjectionSchema = z.object({
  noticeItemId: z.uuid("invalid"),
  outcome: z.enum(["DISMISS", "UPHOLD"]),
  note: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(2000, "tooLong")),
});
export type ResolveObjectionInput = z.input<typeof resolveObjectionSchema>;
