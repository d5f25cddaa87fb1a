import fc from "fast-check";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// Every zod schema exported by lib/schemas, found by reading the folder, so a new schema is
// fuzzed without anyone remembering to add it here.
const schemaFiles = readdirSync(path.join(__dirname)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

// The schemas are zod/mini (client bundles) or classic zod: both are core $ZodTypes.
async function allSchemas(): Promise<Array<[string, z.core.$ZodType]>> {
  const found: Array<[string, z.core.$ZodType]> = [];
  for (const file of schemaFiles) {
    const exported = (await import(/* @vite-ignore */ `./${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (value instanceof z.core.$ZodType) found.push([`${file}:${name}`, value]);
    }
  }
  return found;
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE \"User\"; --",
    "<script>alert(1)</script>",
    "\u0000\u202e\ufeff",
    "../../etc/passwd",
    "__proto__",
    "constructor",
    "1e309",
    "-0",
    "NaN",
    "９９９",
    "x".repeat(100_000),
  ),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "prototype", "status", "organisationId")), tie("value"), { maxKeys: 6 }),
  ),
})).value;

describe("every input schema under hostile input", async () => {
  const schemas = await allSchemas();

  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(20);
  });

  it.each(schemas)("%s never throws and never pollutes prototypes", (_name, schema) => {
    fc.assert(
      fc.property(hostileValue, (input) => {
        const result = z.safeParse(schema, input);
        expect(typeof result.success).toBe("boolean");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (result.success && result.data && typeof result.data === "object") {
          // Nothing arrives that the schema did not declare (no mass assignment through extra keys).
          expect(Object.prototype.hasOwnProperty.call(result.data, "__proto__")).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a JSON prototype-pollution payload changes nothing", () => {
    const payload = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    for (const [, schema] of schemas) z.safeParse(schema, payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
