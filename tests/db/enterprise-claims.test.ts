import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { attachOffshoreLineEvidence } from "@/lib/offshore-claims/attach-offshore-line-evidence";
import { deleteOffshoreLineEvidence } from "@/lib/offshore-claims/delete-offshore-line-evidence";
import { getOffshoreClaimHistory } from "@/lib/offshore-claims/get-offshore-claim-history";
import { importOffshoreLines } from "@/lib/offshore-claims/import/import-offshore-lines";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { reopenOffshoreClaimFromInput } from "@/lib/offshore-claims/reopen-offshore-claim";
import { withdrawOffshoreClaimFromInput } from "@/lib/offshore-claims/withdraw-offshore-claim";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { LocalDiskFileStore } from "@/lib/evidence/file-store";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { attachRequiredOffshoreEvidence, createOrganisationWithUser, createStaff, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { DATABASE_KINDS, applyTestSecrets as applyTestSecrets } from "./test-env";

applyTestSecrets();

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

function lineInput(line: { id: string; contractRegNo: string; clientName: string; clientCountry: string; serviceCategory: string }, executedUsd: string) {
  return {
    id: line.id,
    contractRegNo: line.contractRegNo,
    clientName: line.clientName,
    clientCountry: line.clientCountry,
    serviceCategory: line.serviceCategory as "SOFTWARE",
    contractValueUsd: "900000.00",
    executedUsd,
    fxReceiptDate: "2024-06-30",
  };
}

async function expectDomainError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  if (field !== undefined) expect((error as DomainError).field).toBe(field);
}

describe.each(DATABASE_KINDS)("enterprise offshore claims on %s", (kind) => {
  let db: TestDatabase;
  let storeDir: string;
  let store: LocalDiskFileStore;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    storeDir = await fs.mkdtemp(path.join(os.tmpdir(), "enterprise-evidence-"));
    store = new LocalDiskFileStore(storeDir);
  });
  afterAll(async () => {
    await db?.close();
    if (storeDir) await fs.rm(storeDir, { recursive: true, force: true });
  });

  it("updates lines in place on save: ids, evidence and comments stay; removed lines go; new ones are added", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const first = offshoreLine({ contractRegNo: "INPLACE-1" });
    const second = offshoreLine({ contractRegNo: "INPLACE-2" });
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimYear: 2024, onshoreUsd: "0", lines: [first, second] });
    const stored = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" } });
    const evidence = await attachOffshoreLineEvidence(db.prisma, actor, { lineId: stored[0]!.id, kind: "OFFSHORE_CONTRACT", bytes: PDF }, store);
    const reviewer = await createStaff(db.prisma, { email: `inplace${Date.now()}@bureau.test`, name: "审", role: "REVIEWER" });
    const decision = await db.prisma.reviewDecision.create({
      data: { claimKind: "OFFSHORE", offshoreClaimId: claim.id, reviewerId: reviewer.id, decision: "REQUEST_CHANGES" },
    });
    const comment = await db.prisma.reviewComment.create({
      data: { text: "Attach the signed contract", offshoreLineId: stored[1]!.id, decisionId: decision.id },
    });

    // Swap the two contract numbers, change an amount, drop nothing yet: ids must survive.
    const saved = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimId: claim.id,
      version: claim.version,
      claimYear: 2024,
      onshoreUsd: "12.34",
      lines: [
        { ...lineInput(stored[0]!, "111.11"), contractRegNo: "INPLACE-2" },
        { ...lineInput(stored[1]!, "222.22"), contractRegNo: "INPLACE-1" },
        offshoreLine({ contractRegNo: "INPLACE-3" }),
      ],
    });
    expect(saved.version).toBe(claim.version + 1);
    expect(saved.onshoreUsdCents).toBe(1234n);
    const after = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" } });
    expect(after.map((line) => line.id).slice(0, 2)).toEqual([stored[0]!.id, stored[1]!.id]);
    expect(after.map((line) => line.contractRegNo)).toEqual(["INPLACE-2", "INPLACE-1", "INPLACE-3"]);
    expect(after[0]!.executedUsdCents).toBe(11111n);
    expect((await db.prisma.evidenceFile.findUniqueOrThrow({ where: { id: evidence.id } })).offshoreLineId).toBe(stored[0]!.id);
    expect((await db.prisma.reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).offshoreLineId).toBe(stored[1]!.id);

    // Removing the first and second lines deletes those rows only, and the removed line's evidence with its file.
    await saveOffshoreClaimDraftFromInput(
      db.prisma,
      actor,
      { claimId: claim.id, version: saved.version, claimYear: 2024, onshoreUsd: "0", lines: [lineInput(after[2]!, "300000.00")] },
      store,
    );
    const final = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" } });
    expect(final.map((line) => line.id)).toEqual([after[2]!.id]);
    expect(final.map((line) => line.lineNo)).toEqual([1]);
    expect(await db.prisma.evidenceFile.count({ where: { id: evidence.id } })).toBe(0);
    await expect(store.get(evidence.storageKey)).rejects.toThrow();
  });

  it("refuses a stale form and a line id of another claim, leaving the draft as it was", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimYear: 2023, onshoreUsd: "0", lines: [offshoreLine()] });
    await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, claimYear: 2023, onshoreUsd: "1", lines: [] });
    await expectDomainError(
      saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimId: claim.id, version: claim.version, claimYear: 2023, onshoreUsd: "2", lines: [] }),
      "staleForm",
    );
    const other = await createOrganisationWithUser(db.prisma);
    const otherClaim = await saveOffshoreClaimDraftFromInput(db.prisma, other.actor, { claimYear: 2023, onshoreUsd: "0", lines: [offshoreLine()] });
    const otherLine = await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: otherClaim.id } });
    const current = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    await expectDomainError(
      saveOffshoreClaimDraftFromInput(db.prisma, actor, {
        claimId: claim.id,
        version: current.version,
        claimYear: 2023,
        onshoreUsd: "3",
        lines: [{ ...lineInput(otherLine, "1.00"), contractRegNo: "FORGED-ID-LINE" }],
      }),
      "staleForm",
    );
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).onshoreUsdCents).toBe(100n);
    expect(await db.prisma.offshoreContractLine.count({ where: { id: otherLine.id, claimId: otherClaim.id } })).toBe(1);
  });

  it("refuses a second claim for the same year and a contract claimed by another enterprise that year", async () => {
    const a = await createOrganisationWithUser(db.prisma);
    const b = await createOrganisationWithUser(db.prisma);
    await saveOffshoreClaimDraftFromInput(db.prisma, a.actor, { claimYear: 2022, onshoreUsd: "0", lines: [offshoreLine({ contractRegNo: "SHARED-2022" })] });
    await expectDomainError(saveOffshoreClaimDraftFromInput(db.prisma, a.actor, { claimYear: 2022, onshoreUsd: "0", lines: [] }), "claimYearTaken", "claimYear");
    await expectDomainError(
      saveOffshoreClaimDraftFromInput(db.prisma, b.actor, {
        claimYear: 2022,
        onshoreUsd: "0",
        lines: [offshoreLine(), offshoreLine({ contractRegNo: "shared-2022" })],
      }),
      "contractRegNoTakenElsewhere",
      "lines.1.contractRegNo",
    );
    expect(await db.prisma.offshoreClaim.count({ where: { organisationId: b.actor.organisationId } })).toBe(0);
    // Another year is another claim: the same contract number is allowed there.
    await saveOffshoreClaimDraftFromInput(db.prisma, b.actor, { claimYear: 2021, onshoreUsd: "0", lines: [offshoreLine({ contractRegNo: "SHARED-2022" })] });
  });

  it("submits once per submission key, and is read-only afterwards", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimYear: 2024,
      onshoreUsd: "0",
      lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00" })],
    });
    await attachRequiredOffshoreEvidence(db.prisma, actor, claim.id, store);
    const key = crypto.randomUUID();
    const input = { claimId: claim.id, version: claim.version, declaration: true as const, submissionKey: key };
    const first = await submitOffshoreClaimFromInput(db.prisma, actor, input);
    const again = await submitOffshoreClaimFromInput(db.prisma, actor, input);
    expect(again.id).toBe(first.id);
    expect(first.status).toBe("SUBMITTED");
    expect(first.entitlementFen).toBe(6_000_000);
    expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: claim.id } })).toBe(1);
    await expectDomainError(
      saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimId: claim.id, version: first.version, claimYear: 2024, onshoreUsd: "0", lines: [] }),
      "claimNotEditable",
    );
  });

  // Skipped on the PGlite leg on purpose: PGlite runs one connection and serialises every
  // transaction, so two "concurrent" submits could never race there; concurrency is tested on
  // PostgreSQL only (the PostgreSQL leg of this file runs it).
  it.runIf(kind === "postgres")("two concurrent submits with the same key yield one submission", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimYear: 2024,
      onshoreUsd: "0",
      lines: [offshoreLine({ executedUsd: "400000.00", contractValueUsd: "400000.00" })],
    });
    await attachRequiredOffshoreEvidence(db.prisma, actor, claim.id, store);
    const input = { claimId: claim.id, version: claim.version, declaration: true as const, submissionKey: crypto.randomUUID() };
    const results = await Promise.allSettled([1, 2, 3].map(() => submitOffshoreClaimFromInput(db.prisma, actor, input)));
    // Every request either returns the submitted claim or, having lost the race, a retry finds it.
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toBeInstanceOf(DomainError);
    }
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    const retry = await submitOffshoreClaimFromInput(db.prisma, actor, input);
    expect(retry.status).toBe("SUBMITTED");
    expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: claim.id } })).toBe(1);
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } })).submissionCount).toBe(1);
  });

  it("withdraws a submitted claim nobody has started, not one a reviewer has picked up", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const make = async (year: number) => {
      const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
        claimYear: year,
        onshoreUsd: "0",
        lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: `${year}-05-01` })],
      });
      await attachRequiredOffshoreEvidence(db.prisma, actor, draft.id, store);
      return submitOffshoreClaimFromInput(db.prisma, actor, { claimId: draft.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    };
    const free = await make(2020);
    const other = await createOrganisationWithUser(db.prisma);
    await expect(withdrawOffshoreClaimFromInput(db.prisma, other.actor, { claimId: free.id, version: free.version })).rejects.toBeInstanceOf(NotFoundError);
    const withdrawn = await withdrawOffshoreClaimFromInput(db.prisma, actor, { claimId: free.id, version: free.version });
    expect(withdrawn.status).toBe("WITHDRAWN");
    await expectDomainError(withdrawOffshoreClaimFromInput(db.prisma, actor, { claimId: free.id, version: withdrawn.version }), "claimNotWithdrawable");

    const taken = await make(2019);
    const reviewer = await createStaff(db.prisma, { email: `r${Date.now()}@bureau.test`, name: "审", role: "REVIEWER" });
    await db.prisma.offshoreClaim.update({ where: { id: taken.id }, data: { assignedReviewerId: reviewer.id } });
    await expectDomainError(withdrawOffshoreClaimFromInput(db.prisma, actor, { claimId: taken.id, version: taken.version }), "claimNotWithdrawable");
    expect((await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: taken.id } })).status).toBe("SUBMITTED");

    // The year is not lost: the withdrawn claim reopens as a draft (only for its own organisation).
    await expect(reopenOffshoreClaimFromInput(db.prisma, other.actor, { claimId: free.id, version: withdrawn.version })).rejects.toBeInstanceOf(NotFoundError);
    const reopened = await reopenOffshoreClaimFromInput(db.prisma, actor, { claimId: free.id, version: withdrawn.version });
    expect(reopened.status).toBe("DRAFT");
    await expectDomainError(reopenOffshoreClaimFromInput(db.prisma, actor, { claimId: free.id, version: reopened.version }), "claimNotEditable");

    const history = await getOffshoreClaimHistory(db.prisma, actor.organisationId, free.id);
    expect(history.timeline.map((event) => event.kind)).toEqual(["drafted", "submitted", "withdrawn", "reopened"]);
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("refuses evidence for another organisation's line before storing anything, and wrong types", async () => {
    const a = await createOrganisationWithUser(db.prisma);
    const b = await createOrganisationWithUser(db.prisma);
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, a.actor, { claimYear: 2018, onshoreUsd: "0", lines: [offshoreLine({ fxReceiptDate: "2018-03-01" })] });
    const line = await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: claim.id } });
    const before = await db.prisma.evidenceFile.count();
    await expect(
      attachOffshoreLineEvidence(db.prisma, b.actor, { lineId: line.id, kind: "FX_RECEIPT", bytes: PDF }, store),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expectDomainError(
      attachOffshoreLineEvidence(db.prisma, a.actor, { lineId: line.id, kind: "FX_RECEIPT", bytes: new TextEncoder().encode("<html>not a pdf</html>") }, store),
      "fileType",
      "file",
    );
    expect(await db.prisma.evidenceFile.count()).toBe(before);

    const evidence = await attachOffshoreLineEvidence(db.prisma, a.actor, { lineId: line.id, kind: "FX_RECEIPT", bytes: PDF }, store);
    await expect(deleteOffshoreLineEvidence(db.prisma, b.actor, evidence.id, store)).rejects.toBeInstanceOf(NotFoundError);
    await deleteOffshoreLineEvidence(db.prisma, a.actor, evidence.id, store);
    expect(await db.prisma.evidenceFile.count({ where: { id: evidence.id } })).toBe(0);
    await expect(store.get(evidence.storageKey)).rejects.toThrow();
  });

  it("imports CSV rows all or nothing, reporting rows with their numbers", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const claim = await saveOffshoreClaimDraftFromInput(db.prisma, actor, { claimYear: 2017, onshoreUsd: "0", lines: [offshoreLine({ contractRegNo: "CSV-EXISTING", fxReceiptDate: "2017-01-05" })] });
    const existingId = (await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: claim.id } })).id;
    const header = "合同登记号,境外客户,国家代码（ISO）,业务类别,合同金额（美元）,年度执行额（美元）,收汇日期（YYYY-MM-DD）";
    const bad = [header, "CSV-1,Client A,US,软件,1000.00,500.00,2017-02-01", "CSV-2,Client B,US,SOFTWARE,1000.001,500,2017-02-01", "CSV-EXISTING,Client C,JP,Finance,10,5,2017-02-01"].join("\n");
    const refused = await importOffshoreLines(db.prisma, actor, { claimId: claim.id, version: claim.version, bytes: new TextEncoder().encode(bad) });
    expect(refused.errors).toEqual([
      { row: 3, column: "contractValueUsd", code: "money" },
      { row: 4, column: "contractRegNo", code: "contractRegNoDuplicate" },
    ]);
    expect(await db.prisma.offshoreContractLine.count({ where: { claimId: claim.id } })).toBe(1);

    const good = "\uFEFF" + [header, "CSV-1,Client A,US,软件,1000.00,500.00,2017-02-01", "CSV-2,Client B,GB,finance,2000,1500.5,2017-03-01"].join("\r\n");
    const done = await importOffshoreLines(db.prisma, actor, { claimId: claim.id, version: claim.version, bytes: new TextEncoder().encode(good) });
    expect(done).toEqual({ imported: 2, errors: [] });
    const lines = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" } });
    expect(lines.map((line) => [line.contractRegNo, line.serviceCategory, line.executedUsdCents])).toEqual([
      ["CSV-EXISTING", "SOFTWARE", 30000000n],
      ["CSV-1", "SOFTWARE", 50000n],
      ["CSV-2", "FINANCE", 150050n],
    ]);
    expect(lines[0]!.id).toBe(existingId);
    expect(await db.prisma.importBatch.count({ where: { organisationId: actor.organisationId } })).toBe(2);
  });

  it("after a request for changes, the applicant sees the comments per line, edits in place and resubmits", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimYear: 2016,
      onshoreUsd: "0",
      lines: [offshoreLine({ executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: "2016-05-01" })],
    });
    await attachRequiredOffshoreEvidence(db.prisma, actor, draft.id, store);
    const submitted = await submitOffshoreClaimFromInput(db.prisma, actor, { claimId: draft.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() });
    const line = await db.prisma.offshoreContractLine.findFirstOrThrow({ where: { claimId: draft.id } });
    const reviewer = staffActor(await createStaff(db.prisma, { email: `changes${Date.now()}@bureau.test`, name: "审", role: "REVIEWER" }));
    await assignClaimToReviewer(db.prisma, reviewer, { kind: "OFFSHORE", claimId: draft.id, version: submitted.version });
    const { version } = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } });
    await requestClaimChanges(db.prisma, reviewer, {
      kind: "OFFSHORE",
      claimId: draft.id,
      version,
      reason: "Please check the receipt dates",
      lineComments: [{ lineId: line.id, text: "The FX receipt is missing" }],
    });

    const history = await getOffshoreClaimHistory(db.prisma, actor.organisationId, draft.id);
    expect(history.changeRequest).toMatchObject({ general: ["Please check the receipt dates"], byLine: { [line.id]: ["The FX receipt is missing"] } });
    const current = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } });
    expect(current.status).toBe("CHANGES_REQUESTED");
    await expect(withdrawOffshoreClaimFromInput(db.prisma, actor, { claimId: draft.id, version: current.version })).rejects.toBeInstanceOf(DomainError);

    const edited = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimId: draft.id,
      version: current.version,
      claimYear: 2016,
      onshoreUsd: "0",
      lines: [{ ...lineInput(line, "310000.00"), contractValueUsd: "310000.00", fxReceiptDate: "2016-05-02" }],
    });
    const comment = await db.prisma.reviewComment.findFirstOrThrow({ where: { text: "The FX receipt is missing" } });
    expect(comment.offshoreLineId).toBe(line.id);
    const resubmitted = await submitOffshoreClaimFromInput(db.prisma, actor, { claimId: draft.id, version: edited.version, declaration: true, submissionKey: crypto.randomUUID() });
    expect(resubmitted.status).toBe("SUBMITTED");
    expect(resubmitted.submissionCount).toBe(2);
    const after = await getOffshoreClaimHistory(db.prisma, actor.organisationId, draft.id);
    expect(after.timeline.map((event) => event.kind)).toEqual(["drafted", "submitted", "changesRequested", "resubmitted"]);
    expect(after.timeline[2]!.comments).toEqual([{ lineNo: 1, contractRegNo: line.contractRegNo, text: "The FX receipt is missing" }]);
  });
});
