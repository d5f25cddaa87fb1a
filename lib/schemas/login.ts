import { z } from "zod";

// Messages are keys of the "validation" namespace: the form translates them.
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").email("email"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});

export type LoginInput = z.infer<typeof loginSchema>;
