import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetServerEnvCache } from "@/lib/config/env";
import { decryptPii, isUnderCurrentKey } from "@/lib/crypto/pii";
import { rotatePiiKey } from "@/tooling/rotate-pii-key";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import { createOrganisationWithUser, createTrainee } from "@/prisma/seed/factories";
import { DATABASE_KINDS, applyTestSecrets } from "./test-env";

applyTestSecrets();

describe.each(DATABASE_KINDS)("PII key rotation on %s", (kind) => {
  let db: TestDatabase;
  const saved = { ...process.env };
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    process.env.PII_ENCRYPTION_KEY = saved.PII_ENCRYPTION_KEY;
    process.env.PII_PREVIOUS_KEYS = saved.PII_PREVIOUS_KEYS;
    resetServerEnvCache();
    await db?.close();
  });

  it("re-encrypts every ID number and bank account under the new key, readable afterwards", async () => {
    const { actor } = await createOrganisationWithUser(db.prisma, { kind: "TRAINING_INSTITUTION" });
    for (let i = 0; i < 3; i++) await createTrainee(db.prisma, actor);
    const before = await db.prisma.person.findMany({ orderBy: { id: "asc" } });
    const plain = before.map((p) => decryptPii(p.idNumberEnc));

    // The operator's rotation: a new current key, the old one kept for reading.
    process.env.PII_PREVIOUS_KEYS = process.env.PII_ENCRYPTION_KEY;
    process.env.PII_ENCRYPTION_KEY = randomBytes(32).toString("base64");
    resetServerEnvCache();

    const lines: string[] = [];
    const count = await rotatePiiKey(db.prisma, (line) => lines.push(line), 2);
    expect(before).toHaveLength(3);
    expect(count).toBe(7); // three ID numbers, three trainee bank accounts and the institution's payout account
    expect(lines.some((line) => line.includes("person.idNumberEnc"))).toBe(true);

    const after = await db.prisma.person.findMany({ orderBy: { id: "asc" } });
    expect(after.every((p) => isUnderCurrentKey(p.idNumberEnc))).toBe(true);
    expect(after.map((p) => decryptPii(p.idNumberEnc))).toEqual(plain);
    const trainees = await db.prisma.trainee.findMany();
    expect(trainees.every((t) => t.bankAccountEnc && isUnderCurrentKey(t.bankAccountEnc))).toBe(true);
    const organisations = await db.prisma.organisation.findMany({ where: { bankAccountEnc: { not: null } } });
    expect(organisations).toHaveLength(1);
    expect(organisations.every((o) => isUnderCurrentKey(o.bankAccountEnc!))).toBe(true);

    // Idempotent: a second run finds nothing left to do.
    expect(await rotatePiiKey(db.prisma)).toBe(0);
  });
});
