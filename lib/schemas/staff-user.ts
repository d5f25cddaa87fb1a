import { z } from "./z";
import { emailField, passwordField, requiredText } from "./fields";

export const staffUserSchema = z.object({
  name: requiredText(60),
  email: emailField,
  role: z.enum(["REVIEWER", "ADMINISTRATOR"], "required"),
  canReleasePayments: z._default(z.boolean(), false),
  password: passwordField,
});

export type StaffUserInput = z.input<typeof staffUserSchema>;
