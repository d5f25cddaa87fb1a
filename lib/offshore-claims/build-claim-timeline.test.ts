import { describe, expect, it } from "vitest";
import { buildClaimTimeline, latestChangeRequest } from "./build-claim-timeline";

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));

describe("claim timeline", () => {
  it("merges audit rows, submissions and decisions in time order", () => {
    const timeline = buildClaimTimeline({
      audit: [
        { action: "offshore-claim.create-draft", at: at(0) },
        { action: "offshore-claim.save-draft", at: at(1) },
        { action: "offshore-claim.submit", at: at(2) },
      ],
      noticesPublishedAt: [at(9)],
      paidAt: [at(12)],
      submissions: [
        { sequence: 1, submittedAt: at(2) },
        { sequence: 2, submittedAt: at(6) },
      ],
      decisions: [
        {
          decision: "REQUEST_CHANGES",
          createdAt: at(4),
          reason: "Receipts missing",
          amountFen: null,
          comments: [{ text: "Attach the FX receipt", offshoreLine: { lineNo: 2, contractRegNo: "C-2" } }],
        },
        { decision: "APPROVE", createdAt: at(7), reason: null, amountFen: 500_000, comments: [] },
        { decision: "SECOND_APPROVE", createdAt: at(8), reason: null, amountFen: 400_000, comments: [] },
      ],
    });
    expect(timeline.map((event) => event.kind)).toEqual(["drafted", "submitted", "changesRequested", "resubmitted", "approved", "inNotice", "paid"]);
    expect(timeline[2]!.comments).toEqual([{ lineNo: 2, contractRegNo: "C-2", text: "Attach the FX receipt" }]);
    expect(timeline[3]!.submissionSequence).toBe(2);
    expect(timeline[4]!.amountFen).toBe(400_000);
  });

  it("shows a rejection with its reason", () => {
    const timeline = buildClaimTimeline({
      audit: [],
      submissions: [{ sequence: 1, submittedAt: at(1) }],
      decisions: [{ decision: "REJECT", createdAt: at(3), reason: "Contracts are onshore", amountFen: null, comments: [] }],
    });
    expect(timeline.at(-1)).toMatchObject({ kind: "rejected", reason: "Contracts are onshore" });
  });

  it("keeps the comments of the latest request for changes, per line and for the whole claim", () => {
    const request = latestChangeRequest([
      { decision: "REQUEST_CHANGES", createdAt: at(1), reason: "old", comments: [{ text: "old", offshoreLineId: "l1" }] },
      { decision: "REQUEST_CHANGES", createdAt: at(5), reason: "Check totals", comments: [{ text: "Wrong date", offshoreLineId: "l2" }, { text: "General", offshoreLineId: null }] },
      { decision: "APPROVE", createdAt: at(9), reason: null, comments: [] },
    ]);
    expect(request).toEqual({ at: at(5), general: ["Check totals", "General"], byLine: { l2: ["Wrong date"] } });
    expect(latestChangeRequest([])).toBeNull();
  });
});
