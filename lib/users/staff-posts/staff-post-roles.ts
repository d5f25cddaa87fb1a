/**
 * The roles a post in a city can carry: a bureau's. The payment right is not among them: it needs
 * the city's four-eyes grant. Kept apart from the schema so that the province's form can list the
 * roles without loading zod on first paint (lib/schemas/client-boundary.test.ts).
 */
export const STAFF_POST_ROLES = ["REVIEWER", "ADMINISTRATOR"] as const;
