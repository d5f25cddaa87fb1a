import { z } from "./z";
import { requiredText } from "./fields";

/** A reviewer activates an organisation after checking its credit code and business licence. */
export const activateOrganisationSchema = z.object({ organisationId: z.uuid("invalid") });
export type ActivateOrganisationInput = z.input<typeof activateOrganisationSchema>;

/** A refusal needs a reason the applicant will read. */
export const rejectOrganisationSchema = z.object({ organisationId: z.uuid("invalid"), reason: requiredText(1000) });
export type RejectOrganisationInput = z.input<typeof rejectOrganisationSchema>;
