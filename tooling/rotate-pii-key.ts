import type { PrismaClient } from "@/lib/generated/prisma/client";
import { decryptPii, encryptPii, isUnderCurrentKey } from "../lib/crypto/pii";

interface EncryptedColumn {
  model: "person" | "trainee" | "organisation";
  field: "idNumberEnc" | "bankAccountEnc";
  nullable: boolean;
}

const COLUMNS: EncryptedColumn[] = [
  { model: "person", field: "idNumberEnc", nullable: false },
  { model: "trainee", field: "bankAccountEnc", nullable: true },
  { model: "organisation", field: "bankAccountEnc", nullable: true },
];

type Row = { id: string; value: string | null };

/**
 * Re-encrypts every stored identifier and bank account under the current PII_ENCRYPTION_KEY.
 * Run with the new key as PII_ENCRYPTION_KEY and the old one in PII_PREVIOUS_KEYS; rows already
 * under the new key are skipped, so it can be interrupted and run again. Each batch commits on
 * its own and reports progress.
 */
export async function rotatePiiKey(prisma: PrismaClient, log: (line: string) => void = () => undefined, batchSize = 500) {
  let rotated = 0;
  for (const { model, field, nullable } of COLUMNS) {
    const delegate = prisma[model] as unknown as {
      findMany(args: object): Promise<Array<Record<string, string | null>>>;
      update(args: object): Promise<unknown>;
    };
    let cursor: string | undefined;
    let seen = 0;
    for (;;) {
      const page = (
        await delegate.findMany({
          where: nullable ? { [field]: { not: null } } : {},
          select: { id: true, [field]: true },
          orderBy: { id: "asc" },
          take: batchSize,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        })
      ).map((row): Row => ({ id: row.id as string, value: row[field] ?? null }));
      if (page.length === 0) break;
      const stale = page.filter((row) => row.value && !isUnderCurrentKey(row.value));
      await prisma.$transaction(
        stale.map((row) => (prisma[model] as unknown as { update(args: object): never }).update({ where: { id: row.id }, data: { [field]: encryptPii(decryptPii(row.value!)) } })),
      );
      rotated += stale.length;
      seen += page.length;
      cursor = page.at(-1)!.id;
      log(`${model}.${field}: ${seen} checked, ${rotated} re-encrypted so far`);
    }
  }
  return rotated;
}
