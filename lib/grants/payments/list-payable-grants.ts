import type { Prisma } from "@/lib/generated/prisma/client";
import { payeeHoldReason, type PayeeHoldReason } from "./payee-hold";

type LedgerDb = Prisma.TransactionClient | { ledgerEntry: Prisma.TransactionClient["ledgerEntry"] };

/**
 * Grants whose turn for payment has come: positive, not reversed, their notice period over
 * (ENDED, or IN_NOTICE with endsAt passed: correct without a scheduler), and not already in a
 * batch as a pending or paid item. A FAILED item does not count: the grant is back in the pool.
 * Only the city's grants: its notice item names the city whose bureau granted and pays it.
 */
function dueGrantWhere(cityId: string, now: Date): Prisma.LedgerEntryWhereInput {
  return {
    grantKey: { not: null },
    amountFen: { gt: 0 },
    reversedBy: { is: null },
    noticeItem: { is: { cityId, OR: [{ status: "ENDED" }, { status: "IN_NOTICE", endsAt: { lte: now } }] } },
    paymentItems: { none: { status: { in: ["PENDING", "PAID"] } } },
  };
}

// The database form of payeeHoldReason(...) === null: an account on file and no change waiting
// for a reviewer. The pure function names the reason for the items this leaves out.
const bankReady = { bankName: { not: null }, bankAccountEnc: { not: null }, bankAccountChanges: { none: { status: "PENDING" as const } } };
const payeeReadyWhere: Prisma.LedgerEntryWhereInput = {
  OR: [
    { payeeKind: "ORGANISATION", organisation: { is: bankReady } },
    { payeeKind: "TRAINEE", trainingLine: { is: { trainee: { is: bankReady } } } },
  ],
};

/** Due grants whose payee can be paid: what a new payment batch takes. */
export function payableGrantWhere(cityId: string, now: Date): Prisma.LedgerEntryWhereInput {
  return { AND: [dueGrantWhere(cityId, now), payeeReadyWhere] };
}

const display = {
  organisation: { select: { nameZh: true } },
  noticeItem: { select: { publicName: true } },
  offshoreClaim: { select: { claimNo: true } },
  trainingClaim: { select: { claimNo: true } },
} as const;

export async function listPayableGrants(db: LedgerDb, cityId: string, now: Date = new Date()) {
  return db.ledgerEntry.findMany({ where: payableGrantWhere(cityId, now), orderBy: { createdAt: "asc" }, take: 5000, include: display });
}

const bankState = { bankName: true, bankAccountEnc: true, _count: { select: { bankAccountChanges: { where: { status: "PENDING" as const } } } } } as const;

export interface HeldGrant {
  id: string;
  rule: string;
  amountFen: number;
  publicName: string | null;
  claimNo: string | null;
  reason: PayeeHoldReason;
}

/** Due grants left out of new batches because of their payee's bank account, with the reason. */
export async function listHeldGrants(db: LedgerDb, cityId: string, now: Date = new Date()): Promise<HeldGrant[]> {
  const rows = await db.ledgerEntry.findMany({
    where: { AND: [dueGrantWhere(cityId, now), { NOT: payeeReadyWhere }] },
    orderBy: { createdAt: "asc" },
    take: 1000,
    include: {
      ...display,
      organisation: { select: { nameZh: true, ...bankState } },
      trainingLine: { select: { trainee: { select: bankState } } },
    },
  });
  return rows.map((g) => {
    const payee = g.payeeKind === "TRAINEE" ? g.trainingLine?.trainee : g.organisation;
    const state = payee ? { bankName: payee.bankName, bankAccountEnc: payee.bankAccountEnc, pendingChanges: payee._count.bankAccountChanges } : null;
    return {
      id: g.id,
      rule: g.rule,
      amountFen: g.amountFen,
      publicName: g.noticeItem?.publicName ?? null,
      claimNo: g.offshoreClaim?.claimNo ?? g.trainingClaim?.claimNo ?? null,
      // The where clause already excludes ready payees; the fallback only satisfies the type.
      reason: payeeHoldReason(state) ?? "bankAccountUnconfirmed",
    };
  });
}
