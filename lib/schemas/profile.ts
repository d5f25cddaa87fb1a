import { z } from "./z";
import { districtField, emailField, optionalText, phoneField, requiredText } from "./fields";

/** Blank keeps the stored account; digits (spaces allowed) replace it. */
const bankAccountReplacement = z.pipe(
  z.optional(
    z
      .pipe(
        z.string().check(z.trim()),
        z.transform((value: string) => value.replace(/\s+/g, "")),
      )
      .check(z.refine((value) => value === "" || /^\d{8,30}$/.test(value), "bankAccount")),
  ),
  z.transform((value: string | undefined) => (value ? value : undefined)),
);

/** The enterprise's own details. The credit code is not here: it is fixed at sign-up. */
export const profileSchema = z
  .object({
    nameZh: requiredText(120),
    nameEn: optionalText(200),
    district: districtField,
    address: requiredText(300),
    contactName: requiredText(60),
    contactPhone: phoneField,
    contactEmail: emailField,
    bankAccountName: optionalText(120),
    bankName: optionalText(120),
    bankAccount: bankAccountReplacement,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.bankAccount && (!value.bankAccountName || !value.bankName)) {
        if (!value.bankAccountName) ctx.addIssue({ code: "custom", path: ["bankAccountName"], message: "required" });
        if (!value.bankName) ctx.addIssue({ code: "custom", path: ["bankName"], message: "required" });
      }
    }),
  );

export type ProfileInput = z.input<typeof profileSchema>;
