/** The bureau member acting on a claim, a notice item or a payment batch. */
export interface Reviewer {
  id: string;
  role: string;
  canReleasePayments?: boolean;
}
