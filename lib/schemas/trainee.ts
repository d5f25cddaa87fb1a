import { z } from "zod";
import { checkResidentId } from "@/lib/eligibility";
import { optionalText, phoneField, requiredText } from "./fields";

export const COLLEGE_LEVELS = ["UNDERGRADUATE", "JUNIOR_COLLEGE", "POSTGRADUATE", "VOCATIONAL"] as const;
export const STUDENT_STATUSES = ["STUDENT", "GRADUATE", "NOT_A_STUDENT"] as const;

export const residentIdField = z
  .string()
  .trim()
  .min(1, "required")
  .superRefine((value, ctx) => {
    const check = checkResidentId(value);
    if (!check.valid) {
      const message = check.error === "CHECK_CHARACTER" ? "residentIdCheck" : check.error === "BIRTH_DATE" ? "residentIdBirthDate" : "residentIdFormat";
      ctx.addIssue({ code: "custom", message });
    }
  })
  .transform((value) => value.toUpperCase());

export const bankAccountField = z
  .string()
  .trim()
  .regex(/^\d{8,30}$/, "bankAccount")
  .optional()
  .or(z.literal("").transform(() => undefined));

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
export const traineeUpdateSchema = traineeSchema.omit({ idNumber: true }).extend({ traineeId: z.uuid() });
export type TraineeUpdateInput = z.input<typeof traineeUpdateSchema>;
