import { describe, expect, it } from "vitest";
import { paymentBatchNo } from "./payment-batch-no";

describe("paymentBatchNo", () => {
  it("carries the China Standard Time date, also just after 16:00 UTC (already the next day in Nanchang)", () => {
    expect(paymentBatchNo(new Date("2026-03-09T16:05:00Z"), "ABC123")).toBe("PB-20260310-ABC123");
    expect(paymentBatchNo(new Date("2026-12-31T16:00:00Z"), "ABC123")).toBe("PB-20270101-ABC123");
  });
  it("keeps the same day before 16:00 UTC", () => {
    expect(paymentBatchNo(new Date("2026-03-09T15:59:59Z"), "ABC123")).toBe("PB-20260309-ABC123");
  });
  it("ends in six random upper-case hex digits by default", () => {
    expect(paymentBatchNo(new Date("2026-03-09T08:00:00Z"))).toMatch(/^PB-20260309-[0-9A-F]{6}$/);
  });
});
