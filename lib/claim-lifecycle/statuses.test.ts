import { describe, expect, it } from "vitest";
import {
  APPLICANT_ONLY_STATUSES,
  CLAIM_STATUSES,
  CLOSED_STATUSES,
  DECIDABLE_STATUSES,
  DECIDED_STATUSES,
  EDITABLE_STATUSES,
  GRANTED_STATUSES,
  isDecided,
  isEditable,
  isGranted,
  isLive,
  LIVE_STATUSES,
  OPEN_STATUSES,
  REVIEWABLE_STATUSES,
  statusArrayLiteral,
  UNDECIDED_STATUSES,
  UNLOCKED_STATUSES,
} from ".";

const sorted = (s: readonly string[]) => [...s].sort();

describe("named groups of claim statuses", () => {
  it("hold the statuses the portal has always used for them", () => {
    expect(sorted(EDITABLE_STATUSES)).toEqual(["CHANGES_REQUESTED", "DRAFT"]);
    expect(sorted(DECIDABLE_STATUSES)).toEqual(["SUBMITTED", "UNDER_REVIEW"]);
    expect(sorted(UNDECIDED_STATUSES)).toEqual(["AWAITING_SECOND_APPROVAL", "SUBMITTED", "UNDER_REVIEW"]);
    expect(sorted(APPLICANT_ONLY_STATUSES)).toEqual(["DRAFT", "WITHDRAWN"]);
    expect(sorted(REVIEWABLE_STATUSES)).toEqual(
      sorted(["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "AWAITING_SECOND_APPROVAL", "APPROVED", "IN_NOTICE", "PAYABLE", "PAID", "CLAWED_BACK", "REJECTED"]),
    );
    expect(sorted(GRANTED_STATUSES)).toEqual(["APPROVED", "CLAWED_BACK", "IN_NOTICE", "PAID", "PAYABLE"]);
    expect(sorted(DECIDED_STATUSES)).toEqual(["APPROVED", "CLAWED_BACK", "IN_NOTICE", "PAID", "PAYABLE", "REJECTED"]);
    // Clawed back holds its contracts and persons: never claimable again by someone else.
    expect(isLive("CLAWED_BACK")).toBe(true);
    expect(sorted(CLOSED_STATUSES)).toEqual(["REJECTED", "WITHDRAWN"]);
    expect(sorted(UNLOCKED_STATUSES)).toEqual(["DRAFT", "REJECTED", "WITHDRAWN"]);
    expect(sorted(OPEN_STATUSES)).toEqual(["AWAITING_SECOND_APPROVAL", "CHANGES_REQUESTED", "SUBMITTED", "UNDER_REVIEW"]);
  });

  it("reviewable and applicant-only, live and unlocked split the statuses", () => {
    expect(sorted([...REVIEWABLE_STATUSES, ...APPLICANT_ONLY_STATUSES])).toEqual(sorted(CLAIM_STATUSES));
    expect(sorted([...LIVE_STATUSES, ...UNLOCKED_STATUSES])).toEqual(sorted(CLAIM_STATUSES));
    expect(LIVE_STATUSES.filter((s) => UNLOCKED_STATUSES.includes(s))).toEqual([]);
  });

  it("decidable and undecided claims are reviewable and live; a granted claim is decided", () => {
    for (const s of UNDECIDED_STATUSES) expect(REVIEWABLE_STATUSES.includes(s) && isLive(s)).toBe(true);
    for (const s of DECIDABLE_STATUSES) expect(UNDECIDED_STATUSES).toContain(s);
    for (const s of GRANTED_STATUSES) expect(isDecided(s) && isGranted(s)).toBe(true);
    expect(isGranted("REJECTED")).toBe(false);
    expect(isEditable("SUBMITTED")).toBe(false);
  });

  it("cannot be changed", () => {
    expect(() => (EDITABLE_STATUSES as string[]).push("PAID")).toThrow();
    expect(EDITABLE_STATUSES).toHaveLength(2);
  });

  it("are written as one SQL enum-array literal", () => {
    expect(statusArrayLiteral(APPLICANT_ONLY_STATUSES)).toBe("{DRAFT,WITHDRAWN}");
  });
});
