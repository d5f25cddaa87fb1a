import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { decryptPii } from "@/lib/crypto/pii";
import { dismissPublicObjection } from "@/lib/grants/public-notice/dismiss-public-objection";
import { listPublicObjections, publicObjectionContact } from "@/lib/grants/public-notice/list-public-objections";
import { recordObjectionFromInput } from "@/lib/grants/public-notice/record-objection";
import { submitPublicObjectionFromInput } from "@/lib/grants/public-notice/submit-public-objection";
import { approveClaim } from "@/lib/review/approve-claim";
import { RATE_LIMITS } from "@/lib/throttle/rate-limit-policy";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { reviewer, submittedOffshoreClaim } from "./review-fixtures";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

const PUBLISHED = new Date("2026-11-25T02:00:00Z"); // Wednesday
const DURING = new Date("2026-12-01T02:00:00Z"); // Tuesday, still in notice
const AFTER = new Date("2026-12-03T02:00:00Z"); // Thursday, notice over (5 working days)

describe.each(DATABASE_KINDS)("objections from the public on %s", (kind) => {
  let db: TestDatabase;
  let address = 0;
  // Each test objects from its own address: the per-address limit is what one of them tests.
  const nextAddress = () => `198.51.100.${++address}`;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  async function noticeItem() {
    const r = await reviewer(db.prisma);
    const { claim } = await submittedOffshoreClaim(db.prisma, "300000.00");
    await approveClaim(db.prisma, r, { kind: "OFFSHORE", claimId: claim.id, version: claim.version }, PUBLISHED);
    const grant = await db.prisma.ledgerEntry.findFirstOrThrow({ where: { offshoreClaimId: claim.id }, include: { noticeItem: true } });
    return grant.noticeItem!;
  }

  it("stores an objection with the contact encrypted and masked, audited without the contact", async () => {
    const item = await noticeItem();
    const { id } = await submitPublicObjectionFromInput(
      db.prisma,
      { noticeItemId: item.id, name: " 王五 ", contact: "13812345678", reason: "该企业合同系伪造" },
      { address: nextAddress(), now: DURING },
    );
    const stored = await db.prisma.publicObjection.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ noticeItemId: item.id, name: "王五", contactKind: "PHONE", contactMasked: "138****5678", reason: "该企业合同系伪造", status: "OPEN" });
    // Encrypted at rest: the column holds an envelope, not the number; it decrypts back.
    expect(stored.contactEnc).not.toContain("13812345678");
    expect(stored.contactEnc).toMatch(/^v1\./);
    expect(decryptPii(stored.contactEnc)).toBe("13812345678");
    expect(await publicObjectionContact(db.prisma, id)).toBe("13812345678");
    // The reviewers' list shows it under its item, masked.
    const listed = (await listPublicObjections(db.prisma, "nanchang")).get(item.id)!;
    expect(listed.map((o) => [o.name, o.contactMasked])).toEqual([["王五", "138****5678"]]);
    expect(JSON.stringify(listed)).not.toContain("13812345678");

    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "notice.public-objection", targetId: item.id } });
    expect(audit.actorRole).toBe("PUBLIC");
    expect(JSON.stringify(audit.details)).not.toContain("13812345678");
    expect(JSON.stringify(audit.details)).not.toContain("王五");
    expect((await verifyAuditChain(db.prisma)).valid).toBe(true);
  });

  it("takes an e-mail address as contact and refuses a contact that is neither, next to the field, saving nothing", async () => {
    const item = await noticeItem();
    await submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "Li", contact: "Li.Si@Example.com", reason: "x" }, { address: nextAddress(), now: DURING });
    expect((await db.prisma.publicObjection.findFirstOrThrow({ where: { noticeItemId: item.id } })).contactMasked).toBe("L***@Example.com");
    const before = await db.prisma.publicObjection.count();
    await expect(
      submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "Li", contact: "call me", reason: "x" }, { address: nextAddress(), now: DURING }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["contact"], message: "contact" })] });
    await expect(
      submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "Li", contact: "13812345678", reason: "长".repeat(1001) }, { address: nextAddress(), now: DURING }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["reason"], message: "tooLong" })] });
    expect(await db.prisma.publicObjection.count()).toBe(before);
  });

  it("refuses an objection outside the notice period and saves nothing", async () => {
    const item = await noticeItem();
    await expect(
      submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "王五", contact: "13812345678", reason: "迟到的异议" }, { address: nextAddress(), now: AFTER }),
    ).rejects.toMatchObject({ code: "noticeNotOpen" });
    await expect(
      submitPublicObjectionFromInput(db.prisma, { noticeItemId: crypto.randomUUID(), name: "王五", contact: "13812345678", reason: "不存在" }, { address: nextAddress(), now: DURING }),
    ).rejects.toMatchObject({ code: "noticeNotOpen" });
    expect(await db.prisma.publicObjection.count({ where: { noticeItemId: item.id } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: "notice.public-objection", targetId: item.id } })).toBe(0);
  });

  it("throttles objections per address, in the database; another address may still object", async () => {
    const item = await noticeItem();
    const limit = RATE_LIMITS.publicObjection.perAddress.points;
    const address = nextAddress();
    const input = { noticeItemId: item.id, name: "王五", contact: "13812345678", reason: "重复" };
    for (let i = 0; i < limit; i++) await submitPublicObjectionFromInput(db.prisma, input, { address, now: DURING });
    await expect(submitPublicObjectionFromInput(db.prisma, input, { address, now: DURING })).rejects.toMatchObject({ code: "throttled" });
    expect(await db.prisma.publicObjection.count({ where: { noticeItemId: item.id } })).toBe(limit);
    await submitPublicObjectionFromInput(db.prisma, input, { address: nextAddress(), now: DURING });
    expect(await db.prisma.publicObjection.count({ where: { noticeItemId: item.id } })).toBe(limit + 1);
  });

  it("a reviewer holds the item on a public objection (record-objection flow) or dismisses one with a reason", async () => {
    const item = await noticeItem();
    const r = await reviewer(db.prisma);
    const a = await submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "甲", contact: "13800000001", reason: "理由甲" }, { address: nextAddress(), now: DURING });
    const b = await submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "乙", contact: "13800000002", reason: "理由乙" }, { address: nextAddress(), now: DURING });

    await recordObjectionFromInput(db.prisma, r, { noticeItemId: item.id, objection: "理由甲", publicObjectionId: a.id }, DURING);
    expect((await db.prisma.noticeItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OBJECTED");
    expect(await db.prisma.publicObjection.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "HELD", resolvedById: r.id });

    await dismissPublicObjection(db.prisma, r, { publicObjectionId: b.id, reason: "与事实不符" }, DURING);
    expect(await db.prisma.publicObjection.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "DISMISSED", dismissReason: "与事实不符" });
    // Twice is a stale form, not a second dismissal.
    await expect(dismissPublicObjection(db.prisma, r, { publicObjectionId: b.id, reason: "again" }, DURING)).rejects.toMatchObject({ code: "staleForm" });
    expect(await db.prisma.auditEntry.count({ where: { action: "notice.dismiss-public-objection", targetId: item.id } })).toBe(1);
  });

  it("does not hold the item when the public objection was already handled (the hold rolls back)", async () => {
    const item = await noticeItem();
    const r = await reviewer(db.prisma);
    const a = await submitPublicObjectionFromInput(db.prisma, { noticeItemId: item.id, name: "甲", contact: "13800000001", reason: "理由" }, { address: nextAddress(), now: DURING });
    await dismissPublicObjection(db.prisma, r, { publicObjectionId: a.id, reason: "不成立" }, DURING);
    await expect(recordObjectionFromInput(db.prisma, r, { noticeItemId: item.id, objection: "理由", publicObjectionId: a.id }, DURING)).rejects.toMatchObject({ code: "staleForm" });
    expect((await db.prisma.noticeItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("IN_NOTICE");
  });
});
