import { z } from "./z";
import { checkResidentId } from "@/lib/eligibility";
import { optionalText, phoneField, requiredText } from "./fields";

import { COLLEGE_LEVELS, STUDENT_STATUSES } from "./trainee-options";

export { COLLEGE_LEVELS, STUDENT_STATUSES };

export const residentIdField = z.pipe(
  z.string().check(
    z.trim(),
    z.minLength(1, "required"),
    z.superRefine((value, ctx) => {
      const check = checkResidentId(value);
      if (!check.valid) {
        const message = check.error === "CHECK_CHARACTER" ? "residentIdCheck" : check.error === "BIRTH_DATE" ? "residentIdBirthDate" : "residentIdFormat";
        ctx.addIssue({ code: "custom", message });
      }
    }),
  ),
  z.transform((value: string) => value.toUpperCase()),
);

export const bankAccountField = z.union([
  z.optional(z.string().check(z.trim(), z.regex(/^\d{8,30}$/, "bankAccount"))),
  z.pipe(
    z.literal(""),
    z.transform(() => undefined),
  ),
]);

export const traineeSchema = z.object({
  name: requiredText(60),
  idNumber: residentIdField,
  college: requiredText(120),
  collegeLevel: z.enum(COLLEGE_LEVELS, "required"),
  studentStatus: z.enum(STUDENT_STATUSES, "required"),
  phone: phoneField,
  bankName: optionalText(120),
  bankAccount: bankAccountField,
});

export type TraineeInput = z.input<typeof traineeSchema>;

/** Editing a trainee: everything but the ID number (a wrong ID number is a new registration). */
export const traineeUpdateSchema = z.extend(z.omit(traineeSchema, { idNumber: true }), { traineeId: z.uuid() });
export type TraineeUpdateInput = z.input<typeof traineeUpdateSchema>;
