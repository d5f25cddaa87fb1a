import { describe, expect, it } from "vitest";
import { referenceOperations, typeOf } from "./reference-view";

describe("the developers page's reading of the OpenAPI document", () => {
  it("lists every operation with its body's fields, required ones marked", () => {
    const operations = referenceOperations();
    expect(operations.map((op) => `${op.method} ${op.path}`)).toContain("POST /api/v1/cities/{city}/eligibility/training");
    const offshore = operations.find((op) => op.operationId === "evaluateOffshore")!;
    expect(offshore.requestFields).toEqual([
      { name: "claimYear", type: "integer ≥ 1 ≤ 9999", required: true },
      { name: "offshoreUsdCents", type: "integer ≥ 0", required: true },
      { name: "grantedFenThisYear", type: "integer ≥ 0", required: false },
      { name: "policyVersion", type: "string", required: false },
    ]);
    expect(offshore.responseFields.map((f) => f.name)).toEqual(expect.arrayContaining(["result", "result.amountFen", "policyVersion", "explanation.calculation"]));
    expect(offshore.statuses).toEqual(["200", "400", "403", "404", "405", "413", "415", "422", "429", "500"]);
    const training = operations.find((op) => op.operationId === "evaluateTraining")!;
    expect(training.requestFields.find((f) => f.name === "trainingStart")?.type).toBe("string (YYYY-MM-DD)");
    expect(training.requestFields.find((f) => f.name === "certificateNo")?.type).toBe("string | null");
  });

  it("writes types short", () => {
    expect(typeOf({ type: "array", items: { type: "string", enum: undefined } })).toBe("string[]");
    expect(typeOf({ enum: ["a", "b"] })).toBe('"a" | "b"');
  });
});
