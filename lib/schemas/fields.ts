import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { isValidCreditCode } from "@/lib/eligibility";

// Shared field rules. Every message is a key of the "validation" namespace.
export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");
export const optionalText = (max = 200) =>
  z.string().trim().max(max, "tooLong").optional().transform((v) => (v ? v : undefined));

export const emailField = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("email");

export const phoneField = z
  .string()
  .trim()
  .min(1, "required")
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "phone");

export const creditCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, "required")
  .refine((code) => isValidCreditCode(code), "creditCode");

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort")
  .max(200, "tooLong");
