import type { z } from "zod";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { StaffActor } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/claim-lifecycle";
import type { usdRateSchema } from "@/lib/schemas/usd-rate";
import { parseRatePerUsd } from "./reconcile-claim-line";
import { refreshOffshoreReconciliations } from "./refresh-offshore-reconciliations";

/**
 * A reviewer sets (or corrects) the rate at which a currency converts to US dollars for a claim
 * year in the reviewer's city (issue 18): the statistics records and receipts in that currency are
 * compared at it. The rate and its audit entry commit together (before and after in the entry);
 * then the stored reconciliations of the city's open claims of that year are refreshed, so the
 * queue's "reconciliation issues" filter follows the new rate (derived data: the claim page
 * reconciles afresh anyway). Returns the rate and how many claims were reconciled again.
 */
export async function setUsdRate(prisma: PrismaClient, actor: Pick<StaffActor, "id" | "role" | "cityId">, input: z.output<typeof usdRateSchema>) {
  const { year, currency } = input;
  const ratePerUsdMicro = parseRatePerUsd(input.rate);
  if (ratePerUsdMicro === null) throw new Error("setUsdRate: the schema lets only a valid rate through");
  const cityId = actor.cityId;
  const rate = await inCityTransaction(prisma, cityId, async (tx) => {
    const key = { cityId_year_currency: { cityId, year, currency } };
    const before = await tx.usdRate.findUnique({ where: key });
    const row = await tx.usdRate.upsert({ where: key, create: { cityId, year, currency, ratePerUsdMicro }, update: { ratePerUsdMicro, enteredAt: new Date() } });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "verification.set-usd-rate",
      targetType: "UsdRate",
      targetId: `${year}:${currency}`,
      result: "success",
      details: { cityId, year, currency, before: before?.ratePerUsdMicro.toString() ?? null, after: ratePerUsdMicro.toString() },
    });
    return row;
  });
  const open = await prisma.offshoreClaim.findMany({ where: { cityId, claimYear: year, status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
  const reconciled = await refreshOffshoreReconciliations(prisma, cityId, { claimIds: open.map((c) => c.id) });
  return { rate, reconciled };
}

/** A city's rates, newest year first, for the reviewers' page. */
export async function listUsdRates(prisma: PrismaClient, cityId: string) {
  return prisma.usdRate.findMany({ where: { cityId }, orderBy: [{ year: "desc" }, { currency: "asc" }] });
}
