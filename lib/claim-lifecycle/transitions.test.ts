import { describe, expect, it } from "vitest";
import { ClaimKind as PrismaClaimKind, ClaimStatus as PrismaClaimStatus } from "@/lib/generated/prisma/enums";
import {
  allows,
  CLAIM_EVENTS,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  fromStatuses,
  mayCause,
  nextStatus,
  rolesFor,
  targetStatus,
  type ClaimEvent,
  type ClaimKindName,
  type ClaimStatus,
  type GuardFact,
  type GuardFacts,
} from "./transitions";

// The lifecycle written out by hand, independently of the table: one line per allowed move,
// "kinds from event to by [+fact|-fact ...]". Every (kind, status, event) not listed here must be
// refused. Changing the lifecycle means changing both, on purpose.
const SPEC = `
  OFFSHORE,TRAINING DRAFT                    submit         SUBMITTED                applicant
  OFFSHORE,TRAINING CHANGES_REQUESTED        submit         SUBMITTED                applicant
  OFFSHORE,TRAINING SUBMITTED                withdraw       WITHDRAWN                applicant +notStarted
  TRAINING          DRAFT                    withdraw       WITHDRAWN                applicant
  OFFSHORE          WITHDRAWN                reopen         DRAFT                    applicant
  OFFSHORE,TRAINING SUBMITTED                assign         UNDER_REVIEW             reviewer
  OFFSHORE,TRAINING UNDER_REVIEW             assign         UNDER_REVIEW             reviewer
  OFFSHORE,TRAINING AWAITING_SECOND_APPROVAL assign         AWAITING_SECOND_APPROVAL reviewer
  OFFSHORE,TRAINING SUBMITTED                approve        IN_NOTICE                reviewer +employerConfirmed +somethingToGrant -fourEyes
  OFFSHORE,TRAINING SUBMITTED                approve        AWAITING_SECOND_APPROVAL reviewer +employerConfirmed +somethingToGrant +fourEyes
  OFFSHORE,TRAINING UNDER_REVIEW             approve        IN_NOTICE                reviewer +employerConfirmed +somethingToGrant -fourEyes
  OFFSHORE,TRAINING UNDER_REVIEW             approve        AWAITING_SECOND_APPROVAL reviewer +employerConfirmed +somethingToGrant +fourEyes
  OFFSHORE,TRAINING AWAITING_SECOND_APPROVAL secondApprove  IN_NOTICE                reviewer +otherReviewer +employerConfirmed +somethingToGrant
  OFFSHORE,TRAINING SUBMITTED                reject         REJECTED                 reviewer
  OFFSHORE,TRAINING UNDER_REVIEW             reject         REJECTED                 reviewer
  OFFSHORE,TRAINING AWAITING_SECOND_APPROVAL reject         REJECTED                 reviewer
  OFFSHORE,TRAINING SUBMITTED                requestChanges CHANGES_REQUESTED        reviewer
  OFFSHORE,TRAINING UNDER_REVIEW             requestChanges CHANGES_REQUESTED        reviewer
  OFFSHORE,TRAINING AWAITING_SECOND_APPROVAL requestChanges CHANGES_REQUESTED        reviewer
  OFFSHORE,TRAINING IN_NOTICE                batchForPayment PAYABLE                 paymentReleaser
  OFFSHORE,TRAINING PAYABLE                  markPaid       PAID                     paymentReleaser +allGrantsPaid
  OFFSHORE,TRAINING PAYABLE                  clawBack       CLAWED_BACK              paymentReleaser
  OFFSHORE,TRAINING PAID                     clawBack       CLAWED_BACK              paymentReleaser
  OFFSHORE,TRAINING CLAWED_BACK              clawBack       CLAWED_BACK              paymentReleaser
`;

interface Move {
  kind: ClaimKindName;
  from: ClaimStatus;
  event: ClaimEvent;
  to: ClaimStatus;
  by: string;
  facts: GuardFacts;
}

const MOVES: Move[] = SPEC.trim()
  .split("\n")
  .flatMap((line) => {
    const [kinds, from, event, to, by, ...facts] = line.trim().split(/\s+/);
    const guard = Object.fromEntries(facts.map((f) => [f.slice(1), f.startsWith("+")])) as GuardFacts;
    return kinds!.split(",").map((kind) => ({ kind: kind as ClaimKindName, from: from as ClaimStatus, event: event as ClaimEvent, to: to as ClaimStatus, by: by!, facts: guard }));
  });

const key = (kind: string, from: string, event: string) => `${kind} ${from} ${event}`;
const allowedKeys = new Set(MOVES.map((m) => key(m.kind, m.from, m.event)));

describe("claim statuses", () => {
  it("are exactly the Prisma enum's values", () => {
    expect([...CLAIM_STATUSES].sort()).toEqual(Object.values(PrismaClaimStatus).sort());
    expect([...CLAIM_KINDS].sort()).toEqual(Object.values(PrismaClaimKind).sort());
  });

  it("every status in the table is a claim status, every event a known event", () => {
    for (const t of CLAIM_TRANSITIONS) {
      expect(CLAIM_STATUSES).toContain(t.from);
      expect(CLAIM_STATUSES).toContain(t.to);
      expect(CLAIM_EVENTS).toContain(t.event);
    }
  });
});

describe("the transition table", () => {
  it("has exactly the rows of the written lifecycle", () => {
    const fromTable = CLAIM_KINDS.flatMap((kind) =>
      CLAIM_TRANSITIONS.filter((t) => !t.kinds || t.kinds.includes(kind)).map((t) => `${kind} ${t.from} ${t.event} ${t.to} ${t.by} ${JSON.stringify(t.when ?? {})}`),
    ).sort();
    const fromSpec = MOVES.map((m) => {
      // The spec lists facts in the table's order; compare the same way.
      return `${m.kind} ${m.from} ${m.event} ${m.to} ${m.by} ${JSON.stringify(m.facts)}`;
    }).sort();
    expect(fromTable).toEqual(fromSpec);
  });

  describe.each(MOVES.map((m) => [`${m.kind} ${m.from} --${m.event}${Object.keys(m.facts).length ? ` ${JSON.stringify(m.facts)}` : ""}--> ${m.to}`, m] as const))("%s", (_name, move) => {
    it("is allowed with its facts", () => {
      expect(nextStatus(move.kind, move.from, move.event, move.facts)).toMatchObject({ ok: true, to: move.to });
      expect(allows(move.kind, move.from, move.event)).toBe(true);
      expect(fromStatuses(move.event, move.kind)).toContain(move.from);
    });

    it("is refused, naming the fact, when one of its facts does not hold (unless another row then applies)", () => {
      for (const fact of Object.keys(move.facts) as GuardFact[]) {
        const flipped = { ...move.facts, [fact]: !move.facts[fact] };
        const other = MOVES.find(
          (m) => m !== move && m.kind === move.kind && m.from === move.from && m.event === move.event && Object.entries(m.facts).every(([f, v]) => flipped[f as GuardFact] === v),
        );
        const outcome = nextStatus(move.kind, move.from, move.event, flipped);
        if (other) expect(outcome).toMatchObject({ ok: true, to: other.to });
        else expect(outcome).toEqual({ ok: false, refusedBy: fact });
      }
    });

    it("names who may cause it", () => {
      const roles = rolesFor(move.by as never, move.kind);
      expect(roles.length).toBeGreaterThan(0);
      expect(mayCause({ role: roles[0]!, canReleasePayments: true }, move.event, move.kind)).toBe(true);
    });
  });

  const refused = CLAIM_KINDS.flatMap((kind) =>
    CLAIM_STATUSES.flatMap((from) => CLAIM_EVENTS.filter((event) => !allowedKeys.has(key(kind, from, event))).map((event) => [key(kind, from, event), kind, from, event] as const)),
  );

  it("refuses the other (kind, status, event) triples: there are some of each event", () => {
    expect(refused.length + allowedKeys.size).toBe(CLAIM_KINDS.length * CLAIM_STATUSES.length * CLAIM_EVENTS.length);
    for (const event of CLAIM_EVENTS) expect(refused.some(([, , , e]) => e === event)).toBe(true);
  });

  it.each(refused)("refuses %s whatever the facts", (_name, kind, from, event) => {
    const everything: GuardFacts = { notStarted: true, employerConfirmed: true, somethingToGrant: true, fourEyes: false, otherReviewer: true, allGrantsPaid: true };
    expect(nextStatus(kind, from, event, everything)).toEqual({ ok: false });
    expect(nextStatus(kind, from, event, { ...everything, fourEyes: true })).toEqual({ ok: false });
    expect(allows(kind, from, event)).toBe(false);
    expect(fromStatuses(event, kind)).not.toContain(from);
  });

  it("a fact not given counts as false", () => {
    expect(nextStatus("OFFSHORE", "SUBMITTED", "withdraw")).toEqual({ ok: false, refusedBy: "notStarted" });
    expect(nextStatus("OFFSHORE", "SUBMITTED", "approve", { employerConfirmed: true, somethingToGrant: true })).toMatchObject({ ok: true, to: "IN_NOTICE" });
    expect(nextStatus("TRAINING", "UNDER_REVIEW", "approve", { somethingToGrant: true })).toEqual({ ok: false, refusedBy: "employerConfirmed" });
  });

  it("single-target events name their target; approve and assign have several", () => {
    expect(targetStatus("reject")).toBe("REJECTED");
    expect(targetStatus("requestChanges")).toBe("CHANGES_REQUESTED");
    expect(targetStatus("secondApprove")).toBe("IN_NOTICE");
    expect(targetStatus("batchForPayment")).toBe("PAYABLE");
    expect(targetStatus("markPaid")).toBe("PAID");
    expect(targetStatus("clawBack")).toBe("CLAWED_BACK");
    expect(() => targetStatus("approve" as never)).toThrow(/2 target statuses/);
  });
});

describe("who may cause an event", () => {
  it("applicants of the claim's kind submit; reviewers decide; only a payment releaser batches and pays", () => {
    expect(mayCause({ role: "ENTERPRISE_MEMBER" }, "submit", "OFFSHORE")).toBe(true);
    expect(mayCause({ role: "ENTERPRISE_MEMBER" }, "submit", "TRAINING")).toBe(false);
    expect(mayCause({ role: "INSTITUTION_MEMBER" }, "withdraw", "TRAINING")).toBe(true);
    expect(mayCause({ role: "INSTITUTION_MEMBER" }, "reopen", "TRAINING")).toBe(false);
    expect(mayCause({ role: "REVIEWER" }, "submit", "OFFSHORE")).toBe(false);
    expect(mayCause({ role: "REVIEWER" }, "approve", "TRAINING")).toBe(true);
    expect(mayCause({ role: "ENTERPRISE_MEMBER" }, "approve", "OFFSHORE")).toBe(false);
    expect(mayCause({ role: "ADMINISTRATOR" }, "reject", "OFFSHORE")).toBe(false);
    expect(mayCause({ role: "REVIEWER" }, "batchForPayment", "OFFSHORE")).toBe(false);
    expect(mayCause({ role: "REVIEWER", canReleasePayments: true }, "markPaid", "TRAINING")).toBe(true);
    expect(mayCause({ role: "REVIEWER", canReleasePayments: true }, "clawBack", "TRAINING")).toBe(true);
    expect(mayCause({ role: "REVIEWER" }, "clawBack", "OFFSHORE")).toBe(false);
    expect(mayCause({ role: "ENTERPRISE_MEMBER" }, "clawBack", "OFFSHORE")).toBe(false);
  });
});
