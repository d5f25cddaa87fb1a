import { z } from "./z";
import { emailField, passwordField, requiredText } from "./fields";

export const inviteColleagueSchema = z.object({ email: emailField });

export const acceptInvitationSchema = z
  .object({
    token: z.string().check(z.trim(), z.minLength(20, "invitationInvalid"), z.maxLength(200, "invitationInvalid")),
    name: requiredText(60),
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.password !== value.passwordConfirm) {
        ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
      }
    }),
  );

export type InviteColleagueInput = z.input<typeof inviteColleagueSchema>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
