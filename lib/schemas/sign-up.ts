import { z } from "./z";
import { isNanchangCreditCode, isValidCreditCode } from "@/lib/eligibility";
import { DISTRICTS, OUTSIDE_NANCHANG } from "@/lib/organisations/districts";
import { creditCodeField, emailField, optionalText, passwordField, phoneField, requiredText } from "./fields";

export const signUpSchema = z
  .object({
    kind: z.enum(["ENTERPRISE", "TRAINING_INSTITUTION"], "required"),
    nameZh: requiredText(120),
    nameEn: optionalText(200),
    creditCode: creditCodeField,
    district: z.enum(DISTRICTS, "required"),
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
      // Where the organisation is comes from its credit code's region, so the district must agree.
      if (isValidCreditCode(value.creditCode)) {
        const inNanchang = isNanchangCreditCode(value.creditCode);
        if (inNanchang === (value.district === OUTSIDE_NANCHANG)) {
          ctx.addIssue({ code: "custom", path: ["district"], message: inNanchang ? "districtInNanchang" : "districtOutsideNanchang" });
        }
      }
    }),
  );

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;
