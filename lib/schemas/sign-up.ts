import { z } from "./z";
import { creditCodeField, districtField, emailField, optionalText, passwordField, phoneField, requiredText } from "./fields";

export const signUpSchema = z
  .object({
    kind: z.enum(["ENTERPRISE", "TRAINING_INSTITUTION"], "required"),
    nameZh: requiredText(120),
    nameEn: optionalText(200),
    creditCode: creditCodeField,
    district: districtField,
    address: requiredText(300),
    contactName: requiredText(60),
    contactPhone: phoneField,
    userName: requiredText(60),
    email: emailField,
    password: passwordField,
    passwordConfirm: z.string(),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.password !== value.passwordConfirm) {
        ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
      }
      // Whether the district agrees with the credit code's region depends on the cities the portal
      // serves: lib/organisations/register-organisation.ts decides it (districtRefusal).
    }),
  );

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;
