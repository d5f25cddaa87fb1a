import { describe, expect, it } from "vitest";
import { makeCreditCode } from "@/lib/eligibility";
import { employmentContractSchema, employmentDecisionSchema } from "@/lib/schemas/employment-contract";
import { trainingRecordSchema } from "@/lib/schemas/training";

const traineeId = "0190f5b2-1111-7000-8000-000000000001";
const dates = { signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31" };
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("employment contract input", () => {
  // Whether an outside employer's code lies in the institution's own city (and so must be the
  // registered enterprise) is the server's decision: tests/db/city-isolation.test.ts.
  it("accepts an outside employer elsewhere and needs its name, code and city", () => {
    const ok = employmentContractSchema.safeParse({
      traineeId, employerKind: "OUTSIDE", outsideEmployerName: "Far", outsideEmployerCity: "上海",
      outsideEmployerCreditCode: makeCreditCode("91310115MA1HPJ006").toLowerCase(), ...dates,
    });
    expect(ok.success).toBe(true);
    const missing = employmentContractSchema.safeParse({ traineeId, employerKind: "OUTSIDE", ...dates });
    expect(messages(missing)).toEqual({ outsideEmployerName: "required", outsideEmployerCity: "required", outsideEmployerCreditCode: "required" });
  });

  it("needs a registered enterprise id and ordered dates", () => {
    const result = employmentContractSchema.safeParse({ traineeId, employerKind: "REGISTERED", signedOn: "2024-08-02", startDate: "2024-08-01", endDate: "2024-08-01" });
    expect(messages(result)).toEqual({ employerOrganisationId: "required", endDate: "endBeforeStart", signedOn: "signedAfterStart" });
  });

  it("ignores a client-sent Nanchang flag (derived by the server)", () => {
    const parsed = employmentContractSchema.parse({ traineeId, employerKind: "REGISTERED", employerOrganisationId: traineeId, employerInNanchang: true, ...dates });
    expect("employerInNanchang" in parsed).toBe(false);
  });

  it("needs a reason for a dispute", () => {
    expect(messages(employmentDecisionSchema.safeParse({ contractId: traineeId, decision: "DISPUTE", reason: " " }))).toEqual({ reason: "disputeReasonRequired" });
    expect(employmentDecisionSchema.safeParse({ contractId: traineeId, decision: "CONFIRM" }).success).toBe(true);
  });
});

describe("training record input", () => {
  it("checks dates and that a certificate goes with a passed exam and its date", () => {
    const result = trainingRecordSchema.safeParse({ traineeId, courseName: "Java", startDate: "2024-03-01", endDate: "2024-02-01", examPassed: false, certificateNo: "C1" });
    expect(messages(result)).toEqual({ endDate: "endBeforeStart", examPassed: "certificateWithoutExam", certificateIssuedOn: "required" });
    expect(trainingRecordSchema.safeParse({ traineeId, courseName: "Java", startDate: "2024-03-01", endDate: "2024-07-15", examPassed: true, certificateNo: "C1", certificateIssuedOn: "2024-07-20" }).success).toBe(true);
  });
});
