import { z } from "zod";
import { MAX_RECORD_VERSION } from "@/lib/schemas/fields";

// One zod schema per decision: the forms use them with zodResolver, the server actions parse
// with them (unknown keys are stripped), once: the domain operations take the parsed types.
// Messages are keys of the "validation" namespace.

const claimRef = {
  kind: z.enum(["OFFSHORE", "TRAINING"]),
  claimId: z.uuid({ message: "invalid" }),
  /** The claim's version when the page was rendered: a stale tab is refused. */
  version: z.coerce.number().int().min(0).max(MAX_RECORD_VERSION),
};

export const claimRefSchema = z.object(claimRef);
export type ClaimRefInput = z.infer<typeof claimRefSchema>;

export const approveClaimSchema = z.object({
  ...claimRef,
  /** Issue 18: approve on the total the official data verify instead of the declared one (offshore claims). */
  basis: z.enum(["DECLARED", "VERIFIED"]).default("DECLARED"),
});
/** `basis` may be left out (the declared figures), as every caller before issue 18 does. */
export type ApproveClaimInput = Omit<z.output<typeof approveClaimSchema>, "basis"> & { basis?: z.output<typeof approveClaimSchema>["basis"] };

export const rejectClaimSchema = z.object({
  ...claimRef,
  reason: z.string().trim().min(1, { message: "required" }).max(2000, { message: "tooLong" }),
});
export type RejectClaimInput = z.infer<typeof rejectClaimSchema>;

export const requestChangesSchema = z
  .object({
    ...claimRef,
    reason: z.string().trim().max(2000, { message: "tooLong" }).default(""),
    lineComments: z
      .array(z.object({ lineId: z.uuid({ message: "invalid" }), text: z.string().trim().max(2000, { message: "tooLong" }) }))
      .max(500)
      .default([]),
  })
  .refine((v) => v.reason.length > 0 || v.lineComments.some((c) => c.text.length > 0), {
    message: "reviewCommentRequired",
    path: ["reason"],
  });
export type RequestChangesInput = z.output<typeof requestChangesSchema>;

export const declareConflictSchema = z.object({
  organisationId: z.uuid({ message: "invalid" }),
  reason: z.string().trim().max(500, { message: "tooLong" }).default(""),
});
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;
