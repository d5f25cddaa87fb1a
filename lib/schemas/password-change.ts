import { z } from "zod";
import { passwordField } from "./fields";

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, "tooLong"),
    newPassword: passwordField,
    newPasswordConfirm: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.newPasswordConfirm) {
      ctx.addIssue({ code: "custom", path: ["newPasswordConfirm"], message: "passwordMismatch" });
    }
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
    }
  });

export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;
