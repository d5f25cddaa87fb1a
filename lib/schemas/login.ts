import { z } from "./z";

// Messages are keys of the "validation" namespace: the form translates them.
export const loginSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, "required"), z.maxLength(254, "tooLong"), z.email("email")),
  password: z.string().check(z.minLength(1, "required"), z.maxLength(200, "tooLong")),
});

export type LoginInput = z.infer<typeof loginSchema>;
