// An offshore claim goes in only when each line has the evidence the rules require (its
// foreign-exchange receipt, lib/claim-submission/missing-line-evidence.ts): a submission or a
// resubmission with a line lacking it is refused, naming the lines, and changes nothing.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { OrganisationActor } from "@/lib/auth/actors";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { LineEvidenceMissingError } from "@/lib/claim-submission/assert-line-evidence";
import { NotFoundError } from "@/lib/errors/domain-error";
import { LocalDiskFileStore } from "@/lib/evidence/file-store";
import { attachOffshoreLineEvidence } from "@/lib/offshore-claims/attach-offshore-line-evidence";
import { deleteOffshoreLineEvidence } from "@/lib/offshore-claims/delete-offshore-line-evidence";
import { saveOffshoreClaimDraftFromInput } from "@/lib/offshore-claims/save-offshore-claim-draft";
import { submitOffshoreClaimFromInput } from "@/lib/offshore-claims/submit-offshore-claim";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { assignClaimToReviewer } from "@/lib/review/assign-claim-to-reviewer";
import { requestClaimChanges } from "@/lib/review/request-claim-changes";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, EVIDENCE_PDF, offshoreLine, staffActor } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("offshore line evidence at submission on %s", (kind) => {
  let db: TestDatabase;
  let storeDir: string;
  let store: LocalDiskFileStore;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await ensureBuiltInPolicyVersions(db.prisma);
    storeDir = await fs.mkdtemp(path.join(os.tmpdir(), "line-evidence-"));
    store = new LocalDiskFileStore(storeDir);
  });
  afterAll(async () => {
    await db?.close();
    if (storeDir) await fs.rm(storeDir, { recursive: true, force: true });
  });

  const attach = (actor: OrganisationActor, lineId: string, kind: "OFFSHORE_CONTRACT" | "FX_RECEIPT") =>
    attachOffshoreLineEvidence(db.prisma, actor, { lineId, kind, bytes: EVIDENCE_PDF }, store);

  /** Everything a submission writes: the claim row, its submissions, the audit log, the inbox. */
  async function stateOf(claimId: string) {
    return {
      claim: await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claimId } }),
      submissions: await db.prisma.claimSubmission.count({ where: { offshoreClaimId: claimId } }),
      audit: await db.prisma.auditEntry.count(),
      claimAudit: await db.prisma.auditEntry.findMany({ where: { targetId: claimId }, select: { action: true }, orderBy: { seq: "asc" } }),
      notifications: await db.prisma.notification.count(),
    };
  }

  async function refusal(promise: Promise<unknown>): Promise<LineEvidenceMissingError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LineEvidenceMissingError);
    expect((error as LineEvidenceMissingError).code).toBe("lineEvidenceMissing");
    return error as LineEvidenceMissingError;
  }

  it("refuses a submission while a line lacks its receipt, naming each such line, and changes nothing", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma);
    // A reviewer exists, so a submission that went through would leave an inbox item.
    await createStaff(db.prisma, { email: `evidence-reviewer-${Date.now()}@bureau.test`, name: "审核", role: "REVIEWER" });
    const draft = await saveOffshoreClaimDraftFromInput(db.prisma, actor, {
      claimYear: 2024,
      onshoreUsd: "0",
      lines: [
        offshoreLine({ contractRegNo: "EV-ONLY-CONTRACT", executedUsd: "150000.00" }),
        offshoreLine({ contractRegNo: "EV-RECEIPT", executedUsd: "100000.00" }),
        offshoreLine({ contractRegNo: "EV-NOTHING", executedUsd: "50000.00" }),
      ],
    });
    const lines = await db.prisma.offshoreContractLine.findMany({ where: { claimId: draft.id }, orderBy: { lineNo: "asc" } });
    // A contract is welcome but is not the receipt.
    await attach(actor, lines[0]!.id, "OFFSHORE_CONTRACT");
    await attach(actor, lines[1]!.id, "FX_RECEIPT");
    await attach(actor, lines[1]!.id, "OFFSHORE_CONTRACT");

    const before = await stateOf(draft.id);
    const input = { claimId: draft.id, version: draft.version, declaration: true as const, submissionKey: crypto.randomUUID() };
    const refused = await refusal(submitOffshoreClaimFromInput(db.prisma, actor, input));
    expect(refused.lines).toEqual([
      { lineId: lines[0]!.id, lineNo: 1, contractRegNo: "EV-ONLY-CONTRACT", missing: ["FX_RECEIPT"] },
      { lineId: lines[2]!.id, lineNo: 3, contractRegNo: "EV-NOTHING", missing: ["FX_RECEIPT"] },
    ]);
    const after = await stateOf(draft.id);
    expect(after).toEqual(before);
    expect(after.claim).toMatchObject({ status: "DRAFT", version: draft.version, submissionCount: 0, submissionKey: null, submittedAt: null, evaluation: null });
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);

    // With the receipts the same request goes in: its key was not spent on the refusal.
    await attach(actor, lines[0]!.id, "FX_RECEIPT");
    expect((await refusal(submitOffshoreClaimFromInput(db.prisma, actor, input))).lines.map((line) => line.lineNo)).toEqual([3]);
    await attach(actor, lines[2]!.id, "FX_RECEIPT");
    const submitted = await submitOffshoreClaimFromInput(db.prisma, actor, input);
    expect(submitted).toMatchObject({ status: "SUBMITTED", submissionCount: 1, version: draft.version + 1, submissionKey: input.submissionKey });
    expect(await db.prisma.claimSubmission.count({ where: { offshoreClaimId: draft.id } })).toBe(1);
  });

  it("a reviewer may still ask for more; a resubmission lacking a receipt is refused with nothing changed", async () => {
    const enterprise = await createOrganisationWithUser(db.prisma);
    // The factory gives each line its receipt before submitting.
    const claim = await createOffshoreClaim(db.prisma, enterprise.actor, {
      claimYear: 2023,
      submit: true,
      store,
      lines: [offshoreLine({ contractRegNo: "EV-RESUB-1", executedUsd: "150000.00", fxReceiptDate: "2023-04-01" }), offshoreLine({ contractRegNo: "EV-RESUB-2", executedUsd: "150000.00", fxReceiptDate: "2023-05-01" })],
    });
    expect(claim.status).toBe("SUBMITTED");
    const lines = await db.prisma.offshoreContractLine.findMany({ where: { claimId: claim.id }, orderBy: { lineNo: "asc" }, include: { evidence: true } });
    expect(lines.map((line) => line.evidence.map((e) => e.kind))).toEqual([["FX_RECEIPT"], ["FX_RECEIPT"]]);

    // Every line has its receipt, and the reviewer still asks for more.
    const reviewer = staffActor(await createStaff(db.prisma, { email: `evidence-more-${Date.now()}@bureau.test`, name: "审", role: "REVIEWER" }));
    const assigned = await assignClaimToReviewer(db.prisma, reviewer, { kind: "OFFSHORE", claimId: claim.id, version: claim.version });
    await requestClaimChanges(db.prisma, reviewer, {
      kind: "OFFSHORE",
      claimId: claim.id,
      version: assigned.version,
      reason: "请补充材料",
      lineComments: [{ lineId: lines[1]!.id, text: "请补充合同扫描件" }],
    });
    const sentBack = await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(sentBack.status).toBe("CHANGES_REQUESTED");

    // The applicant replaces line 2's receipt by a contract: the resubmission is refused.
    await attach(enterprise.actor, lines[1]!.id, "OFFSHORE_CONTRACT");
    await deleteOffshoreLineEvidence(db.prisma, enterprise.actor, lines[1]!.evidence[0]!.id, store);
    const before = await stateOf(claim.id);
    const input = { claimId: claim.id, version: sentBack.version, declaration: true as const, submissionKey: crypto.randomUUID() };
    const refused = await refusal(submitOffshoreClaimFromInput(db.prisma, enterprise.actor, input));
    expect(refused.lines).toEqual([{ lineId: lines[1]!.id, lineNo: 2, contractRegNo: "EV-RESUB-2", missing: ["FX_RECEIPT"] }]);
    const after = await stateOf(claim.id);
    expect(after).toEqual(before);
    expect(after.claim).toMatchObject({ status: "CHANGES_REQUESTED", version: sentBack.version, submissionCount: 1 });
    expect(after.claimAudit.map((entry) => entry.action)).not.toContain("offshore-claim.resubmit");

    await attach(enterprise.actor, lines[1]!.id, "FX_RECEIPT");
    const resubmitted = await submitOffshoreClaimFromInput(db.prisma, enterprise.actor, input);
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", submissionCount: 2 });
  });

  // Two connections are needed to hold one transaction open while another runs: PostgreSQL only
  // (PGlite serialises every transaction on its one connection, so nothing can interleave there).
  describe.runIf(kind === "postgres")("with a deletion of evidence at the same moment", () => {
    async function submittableClaim(regNo: string, claimYear: number) {
      const enterprise = await createOrganisationWithUser(db.prisma);
      const draft = await createOffshoreClaim(db.prisma, enterprise.actor, {
        claimYear,
        evidence: true,
        store,
        lines: [offshoreLine({ contractRegNo: regNo, executedUsd: "300000.00", fxReceiptDate: `${claimYear}-06-30` })],
      });
      const receipt = await db.prisma.evidenceFile.findFirstOrThrow({ where: { offshoreLine: { claimId: draft.id }, kind: "FX_RECEIPT" } });
      return { enterprise, draft, receipt };
    }

    // Transactions a test left open (it failed before committing): rolled back, so the database closes.
    const open = new Set<pg.PoolClient>();
    afterEach(async () => {
      for (const client of open) {
        await client.query("ROLLBACK").catch(() => undefined);
        client.release();
      }
      open.clear();
    });

    /** Runs `work` in a transaction on its own connection, left open until the returned commit. */
    async function openTransaction(work: (client: pg.PoolClient) => Promise<unknown>) {
      const client = await db.pool!.connect();
      open.add(client);
      await client.query("BEGIN");
      await work(client);
      return async () => {
        await client.query("COMMIT");
        open.delete(client);
        client.release();
      };
    }

    /** Waits until some session of this database waits for a row lock. */
    async function someoneWaitsForALock() {
      await vi.waitFor(
        async () => {
          const { rows } = await db.pool!.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          expect(rows[0]!.n).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 20 },
      );
    }

    it("a submission waits for a deletion in progress and then refuses the line it left without a receipt", async () => {
      const { enterprise, draft, receipt } = await submittableClaim("EV-RACE-SUBMIT", 2022);
      // What deleteOffshoreLineEvidence does inside its transaction: lock the claim row, delete the row.
      const commitDeletion = await openTransaction(async (client) => {
        await client.query(`SELECT "status" FROM "OffshoreClaim" WHERE "id" = $1 FOR SHARE`, [draft.id]);
        await client.query(`DELETE FROM "EvidenceFile" WHERE "id" = $1`, [receipt.id]);
      });
      const submission = submitOffshoreClaimFromInput(db.prisma, enterprise.actor, { claimId: draft.id, version: draft.version, declaration: true, submissionKey: crypto.randomUUID() }).then(
        () => null,
        (e: unknown) => e,
      );
      await someoneWaitsForALock();
      await commitDeletion();
      expect(await submission).toBeInstanceOf(LineEvidenceMissingError);
      expect(await db.prisma.offshoreClaim.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "DRAFT", version: draft.version, submissionCount: 0 });
    });

    it("a deletion waits for a submission in progress and then finds the claim submitted", async () => {
      const { enterprise, draft, receipt } = await submittableClaim("EV-RACE-DELETE", 2021);
      // A submission's state change, not yet committed, holds the claim row.
      const commitSubmission = await openTransaction((client) => client.query(`UPDATE "OffshoreClaim" SET "status" = 'SUBMITTED', "version" = "version" + 1 WHERE "id" = $1`, [draft.id]));
      const deletion = deleteOffshoreLineEvidence(db.prisma, enterprise.actor, receipt.id, store).then(
        () => null,
        (e: unknown) => e,
      );
      await someoneWaitsForALock();
      await commitSubmission();
      expect(await deletion).toBeInstanceOf(NotFoundError);
      expect(await db.prisma.evidenceFile.count({ where: { id: receipt.id } })).toBe(1);
      await expect(store.get(receipt.storageKey)).resolves.toBeInstanceOf(Buffer);
    });
  });
});
