import { z } from "./z";
import { districtField, requiredText } from "./fields";

// An organisation moving to another city (issue 22): its city's administrator closes the
// registration and opens one in the destination city. Messages are keys of the "validation" namespace.

/** The destination city, the district there (one of that city's), the new address and the reason, kept with the closed registration. */
export const moveOrganisationSchema = z.object({
  organisationId: z.uuid("invalid"),
  toCityId: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(40, "invalid")),
  district: districtField,
  address: requiredText(300),
  reason: requiredText(1000),
});
export type MoveOrganisationInput = z.input<typeof moveOrganisationSchema>;
