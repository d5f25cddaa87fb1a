import { describe, expect, it } from "vitest";
import { MANDATORY_MAIL_KINDS, NOTIFICATION_KINDS, OPTIONAL_MAIL_KINDS, isMailMandatory, normaliseMutedKinds, wantsMail } from "./notification-kinds";

describe("notification kinds and mail preferences", () => {
  it("splits every kind into mandatory or optional, never both", () => {
    for (const kind of NOTIFICATION_KINDS) expect(isMailMandatory(kind)).toBe(!OPTIONAL_MAIL_KINDS.includes(kind));
    expect(OPTIONAL_MAIL_KINDS.length + MANDATORY_MAIL_KINDS.size).toBe(NOTIFICATION_KINDS.length);
  });

  it("keeps decisions and payment notices mandatory", () => {
    for (const kind of ["claimApproved", "claimRejected", "claimChangesRequested", "claimPaid", "claimClawedBack", "noticeItemObjected"]) expect(isMailMandatory(kind)).toBe(true);
  });

  it("mails an optional kind unless muted, a mandatory kind always", () => {
    expect(wantsMail("claimPublished", [])).toBe(true);
    expect(wantsMail("claimPublished", ["claimPublished"])).toBe(false);
    expect(wantsMail("claimRejected", ["claimRejected"])).toBe(true);
  });

  it("treats a kind it does not know as mandatory", () => {
    expect(isMailMandatory("someFutureKind")).toBe(true);
    expect(wantsMail("someFutureKind", ["someFutureKind"])).toBe(true);
  });

  it("stores only optional kinds, each once, whatever is asked", () => {
    expect(normaliseMutedKinds(["claimRejected", "claimPublished", "claimPublished", "nonsense", "contractConfirmationReminder"])).toEqual([
      "claimPublished",
      "contractConfirmationReminder",
    ]);
  });
});
