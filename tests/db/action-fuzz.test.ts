// Hostile input against every server action, through the real action (session → role check →
// zod parse → handler → database; see tests/support/action-harness.ts), as a role allowed to
// call it. lib/schemas/schemas.property.test.ts fuzzes the schemas alone; this fuzzes what an
// action does with what the schema lets through. For each action: the whole input replaced by
// an arbitrary value, or one field of a valid input replaced by a hostile one (wrong type, huge
// string, unicode, SQL/HTML fragments, __proto__/constructor keys). Never an unexpected error
// (a thrown non-framework error or the generic "unexpected" form error), never a polluted
// prototype; and text the portal accepts is stored exactly as a valid input would be.
import { requestState as state } from "../support/request-boundary";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "@/tooling/db/test-database";
import { callAs, loadAllActions, type AnyAction, type MatrixRole } from "../support/action-harness";
import { ACTION_MATRIX } from "../support/action-matrix";
import { openActionWorld, type ActionWorld } from "../support/action-world";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const RUNS = 30;

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "'; DROP TABLE \"User\"; --",
    "' OR '1'='1",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\u0000\u202e\ufeff",
    "𠮷野家 🏦",
    "../../etc/passwd",
    "__proto__",
    "constructor",
    "1e309",
    "-1",
    "NaN",
    "９９９",
    "0190a5f4-0000-7000-8000-000000000000",
    "长".repeat(100_000),
  ),
);

const protoPayload = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.constant(null).map(protoPayload),
);

/** FormData carries text only: what a hand-made request would send for a non-string value. */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A valid input with one field replaced (or a key added), or the whole input replaced. */
function mutate(valid: unknown, pick: number, value: unknown, whole: boolean): unknown {
  if (whole) return value;
  if (valid instanceof FormData) {
    const form = new FormData();
    for (const [key, entry] of valid.entries()) form.append(key, entry);
    const keys = [...new Set([...form.keys(), "__proto__", "constructor"])];
    form.set(keys[pick % keys.length]!, typeof value === "string" ? value : textOf(value));
    return form;
  }
  if (valid && typeof valid === "object" && !Array.isArray(valid)) {
    const keys = [...Object.keys(valid), "__proto__", "constructor"];
    const key = keys[pick % keys.length]!;
    const copy = { ...(valid as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  return value;
}

function firstAllowedRole(allowed: MatrixRole[] | "public"): MatrixRole {
  return allowed === "public" ? "anonymous" : allowed[0]!;
}

// Quiet, and watched: an "Unexpected error in a server action" log fails the suite below.
const unexpectedLogged: string[] = [];
vi.spyOn(console, "warn").mockImplementation(() => undefined);
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  if (String(args[0]).startsWith("Unexpected error in a server action")) unexpectedLogged.push(args.map(String).join(" "));
});

let actions: Map<string, AnyAction>;
beforeAll(async () => {
  actions = await loadAllActions();
}, 120_000);

describe.each(DATABASE_KINDS)("hostile input against every server action on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openActionWorld>>;
  let db: TestDatabase;
  let w: ActionWorld;
  beforeAll(async () => {
    opened = await openActionWorld(kind, "action-fuzz");
    ({ db, world: w } = opened);
  }, 180_000);
  afterAll(async () => opened?.close());

  it.each(Object.keys(ACTION_MATRIX))("%s", async (key) => {
    const row = ACTION_MATRIX[key]!;
    const action = actions.get(key)!;
    const role = row.paymentRole ? "paymentReviewer" : firstAllowedRole(row.allowed);
    await fc.assert(
      fc.asyncProperty(fc.nat(), hostileValue, fc.boolean(), async (pick, value, whole) => {
        const raw = mutate(row.own(w), pick, value, whole);
        const { outcome, detail } = await callAs(state, w.sessions[role], action, raw);
        expect(outcome, `${key} as ${role}: ${detail}`).not.toBe("unexpected");
        expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    expect(unexpectedLogged, `${key} logged an unexpected error`).toEqual([]);
  });

  it("refuses a NUL character next to its field and stores nothing (PostgreSQL text cannot hold it)", async () => {
    const update = actions.get("app/(institution)/institution/trainees/actions.ts#updateTraineeAction")!;
    const before = await db.prisma.trainee.findUniqueOrThrow({ where: { id: w.institution.traineeId } });
    const valid = { traineeId: w.institution.traineeId, name: "李\u0000明", college: "南昌大学", collegeLevel: "UNDERGRADUATE", studentStatus: "GRADUATE", phone: "13900000000" };
    expect(await callAs(state, w.sessions.institution, update, valid)).toEqual({ outcome: "invalid", detail: JSON.stringify({ name: "invalid" }) });
    expect(await db.prisma.trainee.findUniqueOrThrow({ where: { id: w.institution.traineeId } })).toEqual(before);
  });

  it("refuses a version beyond the database's integer range as invalid input, not as a server error", async () => {
    for (const [key, raw] of [
      ["app/(institution)/institution/claims/actions.ts#withdrawTrainingClaimAction", { claimId: w.institution.trainingClaimId, version: 2_086_283_648 }],
      ["app/(enterprise)/enterprise/claims/actions.ts#withdrawOffshoreClaimAction", { claimId: w.enterprise.claimId, version: 2 ** 40 }],
      ["app/(review)/review/actions.ts#assignClaimAction", { kind: "OFFSHORE", claimId: w.submittedClaim.id, version: Number.MAX_SAFE_INTEGER }],
    ] as const) {
      const role = key.includes("review") ? "reviewer" : key.includes("institution") ? "institution" : "enterprise";
      const { outcome, detail } = await callAs(state, w.sessions[role], actions.get(key)!, raw);
      expect(["invalid", "refused"], `${key}: ${outcome} ${detail}`).toContain(outcome);
    }
    expect(unexpectedLogged, "an action logged an unexpected error").toEqual([]);
  });

  it("stores accepted hostile text exactly as given (trimmed), and nothing when it is refused", async () => {
    const update = actions.get("app/(enterprise)/enterprise/profile/actions.ts#updateProfileAction")!;
    const valid = { nameZh: "文本测试有限公司", district: "HONGGUTAN", address: "南昌市 1 号", contactName: "张三", contactPhone: "13800000000", contactEmail: "t@example.test" };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("nameZh", "address", "contactName"), hostileString, async (field, text) => {
        const before = await db.prisma.organisation.findUniqueOrThrow({ where: { id: w.enterprise.org.organisation.id } });
        const { outcome, detail } = await callAs(state, w.sessions.enterprise, update, { ...valid, [field]: text });
        const after = await db.prisma.organisation.findUniqueOrThrow({ where: { id: w.enterprise.org.organisation.id } });
        if (outcome === "ok") {
          expect(after[field]).toBe(text.trim());
        } else {
          expect(outcome, detail).toBe("invalid");
          expect(after).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
