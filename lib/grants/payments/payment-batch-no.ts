import { randomBytes } from "node:crypto";
import { todayInChina } from "@/lib/eligibility";

/**
 * A payment batch's number: PB-<date>-<6 hex>. The date is the day in China Standard Time, the
 * day the pages and the print show for the batch: from 16:00 UTC the UTC date is still the day
 * before in Nanchang, and a number from it would disagree with its own batch's date.
 */
export function paymentBatchNo(now: Date, suffix: string = randomBytes(3).toString("hex").toUpperCase()): string {
  return `PB-${todayInChina(now.getTime()).replaceAll("-", "")}-${suffix}`;
}
