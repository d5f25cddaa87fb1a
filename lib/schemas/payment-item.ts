import { z } from "./z";

/** A payment item the bank returned, or a claw-back: the item and why (a key-free text the reviewer types). */
export const paymentItemReasonSchema = z.object({
  itemId: z.uuid("invalid"),
  reason: z.string().check(z.trim(), z.minLength(1, "required"), z.maxLength(500, "tooLong")),
});
export type PaymentItemReasonInput = z.input<typeof paymentItemReasonSchema>;
