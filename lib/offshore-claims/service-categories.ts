import type { ServiceCategory } from "@/lib/generated/prisma/enums";

/** The service categories of the 2015 implementation opinions, in the order the bureau lists them. */
export const SERVICE_CATEGORIES = [
  "SOFTWARE",
  "INFORMATION_TECHNOLOGY",
  "CALL_CENTRE",
  "ANIMATION_GAMES",
  "FINANCE",
  "CULTURAL_CREATIVE",
  "INTERNET_PLUS",
  "BIOMEDICINE",
  "LOGISTICS",
  "MEDICAL",
  "WHOLESALE_RETAIL",
  "OTHER",
] as const satisfies readonly ServiceCategory[];
