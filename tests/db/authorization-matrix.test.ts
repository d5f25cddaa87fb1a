// Authorization matrix of every server action, in-process against a real database (PGlite and
// PostgreSQL). Why in-process and not over HTTP: an action's answer (signedOut / 403 / notFound /
// a domain refusal) is only visible in its serialized RSC result over HTTP, and the ids of server
// references change with every build; called here, the same exported function runs the same
// pipeline (session row → role check → zod parse → handler → organisation-scoped queries →
// error mapping) with only the request boundary replaced (see tests/support/action-harness.ts).
// Pages and route handlers are covered over HTTP by e2e/authorization-matrix.spec.ts.
import { requestState as state } from "../support/request-boundary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALLOWED, callAs, loadAllActions, ROLES, type AnyAction, type Outcome } from "../support/action-harness";
import { ACTION_MATRIX } from "../support/action-matrix";
import { openActionWorld, type ActionWorld } from "../support/action-world";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

let actions: Map<string, AnyAction>;
beforeAll(async () => {
  actions = await loadAllActions();
}, 120_000);

describe("authorization matrix of the server actions: guard", () => {
  it("has a row for every exported server action and no row for one that is gone", () => {
    const exported = [...actions.keys()].sort();
    const rows = Object.keys(ACTION_MATRIX).sort();
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((key) => !rows.includes(key)), "actions without a row in tests/support/action-matrix.ts").toEqual([]);
    expect(rows.filter((key) => !exported.includes(key)), "rows for actions that do not exist").toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("authorization matrix of the server actions on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openActionWorld>>;
  let world: ActionWorld;
  beforeAll(async () => {
    opened = await openActionWorld(kind, "authz-matrix");
    ({ world } = opened);
  }, 180_000);
  afterAll(async () => opened?.close());

  it.each(Object.keys(ACTION_MATRIX))("%s", async (key) => {
    const row = ACTION_MATRIX[key]!;
    const action = actions.get(key);
    expect(action, `${key} is exported`).toBeDefined();
    const seen: Record<string, string> = {};
    const wrong: string[] = [];
    const check = (cell: string, got: { outcome: Outcome; detail: string }, expected: readonly Outcome[]) => {
      seen[cell] = `${got.outcome}${got.detail ? ` (${got.detail})` : ""}`;
      if (!expected.includes(got.outcome)) wrong.push(`${cell}: expected ${expected.join("|")}, got ${seen[cell]}`);
    };
    // Refusals first (they change nothing), then another organisation's or city's record, then the own one.
    for (const role of ROLES) {
      const allowed = row.allowed === "public" || row.allowed.includes(role);
      if (allowed) continue;
      check(role, await callAs(state, world.sessions[role], action!, row.own(world)), role === "anonymous" ? ["signedOut"] : ["forbidden"]);
    }
    if (row.other && row.allowed !== "public") {
      for (const role of row.allowed) check(`${role} on another organisation's record`, await callAs(state, world.sessions[role], action!, row.other(world)), ["notFound"]);
    }
    if (row.crossCity && row.allowed !== "public") {
      for (const role of row.allowed) {
        const session = world.otherCitySessions[role];
        expect(session, `a ${role} of the second city`).toBeDefined();
        check(`${role} of another city`, await callAs(state, session!, action!, row.own(world)), ["notFound"]);
      }
    }
    for (const role of ROLES) {
      const allowed = row.allowed === "public" || row.allowed.includes(role);
      if (!allowed) continue;
      const expected = row.paymentRole && role === "reviewer" ? (["forbidden"] as const) : (row.reaches ?? ALLOWED);
      check(role, await callAs(state, world.sessions[role], action!, row.own(world)), expected);
    }
    if (process.env.MATRIX_DEBUG) console.log(key, seen);
    expect(wrong, JSON.stringify(seen, null, 1)).toEqual([]);
  });
});
