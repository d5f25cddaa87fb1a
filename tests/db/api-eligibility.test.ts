// Every case of the eligibility module's unit tests (lib/eligibility/test-cases.ts) goes through the
// public API's handlers too, and must come back with the module's own answer: the same result for
// good input, a 422 naming the module's field for bad input. The API cannot drift from the rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateOffshoreIncentive, evaluateTrainingSubsidy, EligibilityInputError, BUILT_IN_POLICY_VERSIONS } from "@/lib/eligibility";
import type { OffshoreIncentiveInput, TrainingSubsidyInput } from "@/lib/eligibility";
import {
  BASE,
  OFFSHORE_BAD_INPUT_CASES,
  OFFSHORE_BOUNDARY_CASES,
  TRAINING_BAD_INPUT_CASES,
  TRAINING_BOUNDARY_CASES,
  TRAINING_POLICY_BY_SIGNING_DATE_CASES,
} from "@/lib/eligibility/test-cases";
import { offshoreEligibilityEndpoint, trainingEligibilityEndpoint } from "@/lib/api/v1/endpoints";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { callApi } from "./api-client";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const OFFSHORE_GOOD: Array<[string, OffshoreIncentiveInput]> = [
  ...OFFSHORE_BOUNDARY_CASES.map(([label, offshoreUsdCents, grantedFenThisYear]): [string, OffshoreIncentiveInput] => [label, { claimYear: 2016, offshoreUsdCents, grantedFenThisYear }]),
  ["the largest safe input", { claimYear: 2016, offshoreUsdCents: Number.MAX_SAFE_INTEGER }],
  ["policy 2.0 (2014), both conditions failed", { claimYear: 2014, offshoreUsdCents: 10_000_000, grantedFenThisYear: 50_000_000 }],
  ["earlier grants default to zero", { claimYear: 2016, offshoreUsdCents: 250_000_005 }],
];

const TRAINING_GOOD: Array<[string, TrainingSubsidyInput]> = [
  ["the base case", BASE],
  ["employer elsewhere", { ...BASE, employerInNanchang: false }],
  ...TRAINING_BOUNDARY_CASES.map(([label, change]): [string, TrainingSubsidyInput] => [label, { ...BASE, ...change }]),
  ...TRAINING_POLICY_BY_SIGNING_DATE_CASES.map(([signedOn]): [string, TrainingSubsidyInput] => [
    `signed ${signedOn}`,
    { ...BASE, trainingStart: "2012-09-01", trainingEnd: "2012-12-15", contractSignedOn: signedOn, contractStart: signedOn, contractEnd: "2030-01-01" },
  ]),
];

/** The field the module refuses (its whole input is the API's body). */
function moduleRefusal(evaluate: () => unknown): string {
  try {
    evaluate();
  } catch (error) {
    if (error instanceof EligibilityInputError) return error.field === "input" ? "body" : error.field;
    throw error;
  }
  throw new Error("the module accepted a case listed as bad input");
}

describe.each(DATABASE_KINDS)("the API answers every eligibility unit-test case as the module does, on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
  });
  afterAll(async () => db?.close());

  it("has the built-in versions, the module's default, as the database's published ones", async () => {
    expect(await db.prisma.policyVersion.count({ where: { status: "PUBLISHED" } })).toBe(BUILT_IN_POLICY_VERSIONS.length);
  });

  it.each(OFFSHORE_GOOD)("rule A: %s", async (_label, input) => {
    const answer = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: input });
    expect(answer.status).toBe(200);
    expect((answer.body as { result: unknown }).result).toEqual(evaluateOffshoreIncentive(input));
  });

  it.each(TRAINING_GOOD)("rule B: %s", async (_label, input) => {
    const answer = await callApi(trainingEligibilityEndpoint, db.prisma, "/api/v1/eligibility/training", { json: input });
    expect(answer.status).toBe(200);
    expect((answer.body as { result: unknown }).result).toEqual(evaluateTrainingSubsidy(input));
  });

  it("rule A under a version the caller names, as the module under that version", async () => {
    const input = { claimYear: 2016, offshoreUsdCents: 30_000_000 };
    const version = BUILT_IN_POLICY_VERSIONS[0]!;
    const answer = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: { ...input, policyVersion: version.id } });
    expect((answer.body as { result: unknown }).result).toEqual(evaluateOffshoreIncentive(input, version));
  });

  // NaN is not JSON (it is sent as null, still refused on its field); undefined leaves the field out.
  it.each(OFFSHORE_BAD_INPUT_CASES)("rule A refuses %s = %j on that field", async (_field, input) => {
    const field = moduleRefusal(() => evaluateOffshoreIncentive(input as OffshoreIncentiveInput));
    const answer = await callApi(offshoreEligibilityEndpoint, db.prisma, "/api/v1/eligibility/offshore", { json: input });
    expect(answer.status).toBe(422);
    expect((answer.body as { error: { fields: Array<{ field: string }> } }).error.fields.map((f) => f.field)).toEqual([field]);
  });

  it.each(TRAINING_BAD_INPUT_CASES)("rule B refuses %s = %j on that field", async (field, value) => {
    const input = { ...BASE, [field]: value };
    expect(moduleRefusal(() => evaluateTrainingSubsidy(input as TrainingSubsidyInput))).toBe(field);
    const answer = await callApi(trainingEligibilityEndpoint, db.prisma, "/api/v1/eligibility/training", { json: input });
    expect(answer.status).toBe(422);
    expect((answer.body as { error: { fields: Array<{ field: string }> } }).error.fields.map((f) => f.field)).toEqual([field]);
  });
});
