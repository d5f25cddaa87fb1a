import { z } from "./z";

/** A pending role grant, confirmed or cancelled by an administrator. */
export const roleGrantRefSchema = z.object({ grantId: z.uuid("invalid") });
export type RoleGrantRefInput = z.input<typeof roleGrantRefSchema>;

/** An administrator asks for the payment right of an existing reviewer. */
export const paymentRoleRequestSchema = z.object({ userId: z.uuid("invalid") });
export type PaymentRoleRequestInput = z.input<typeof paymentRoleRequestSchema>;
