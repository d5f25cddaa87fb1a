import { z } from "./z";
import { passwordField } from "./fields";

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, "required"), z.maxLength(200, "tooLong")),
    newPassword: passwordField,
    newPasswordConfirm: z.string(),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.newPassword !== value.newPasswordConfirm) {
        ctx.addIssue({ code: "custom", path: ["newPasswordConfirm"], message: "passwordMismatch" });
      }
      if (value.newPassword === value.currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
      }
    }),
  );

export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;
export type PasswordChangeData = z.output<typeof passwordChangeSchema>;
