import { pastOrTodayDateField } from "./money";
import { z } from "./z";

/**
 * Marking a batch paid: what the bank's statement says about the transfer. The reference is the
 * bank's transaction number (流水号) as printed, so the payment can be traced back to the statement;
 * the value date is the day the money left the bureau's account, a calendar day in China
 * Standard Time, never later than today there.
 */
export const markPaymentBatchPaidSchema = z.object({
  batchId: z.uuid("invalid"),
  bankReference: z.string().check(
    z.trim(),
    z.minLength(1, "required"),
    z.maxLength(40, "tooLong"),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_\-/.]*$/, "bankReference"),
  ),
  valueDate: pastOrTodayDateField,
});
export type MarkPaymentBatchPaidInput = z.input<typeof markPaymentBatchPaidSchema>;
