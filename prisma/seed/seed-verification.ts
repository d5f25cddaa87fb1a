// Issue 18's official data for the demo: what the Ministry of Commerce statistics system and the
// bank report for Ganjiang Software's 2024 contracts, as if a reviewer had imported them. The first
// contract matches; the second was registered in yen for less than declared, so the reviewer sees
// a difference and a verified total below the declared one. Hongcheng has no data yet. Xianghu Cloud
// has filed nothing, but its 2025 records (two contracts, one in euros) put it above the threshold:
// its home page offers a pre-filled claim.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";
import { dbDateFromIsoDate } from "@/lib/eligibility";

export async function seedVerification(prisma: PrismaClient, demo: { ganjiang: { organisation: { creditCode: string } }; xianghu: { organisation: { creditCode: string } } }) {
  const cityId = BUILT_IN_CITY_ID;
  const creditCode = demo.ganjiang.organisation.creditCode;
  const period = { periodStart: dbDateFromIsoDate("2024-01-01"), periodEnd: dbDateFromIsoDate("2024-12-31") };
  await prisma.usdRate.create({ data: { cityId, year: 2024, currency: "JPY", ratePerUsdMicro: 151_500_000n } });
  await prisma.statisticsExecution.createMany({
    data: [
      { cityId, creditCode, contractNo: "GJ2024-US-001", clientName: "Blue River Software Inc.", clientCountry: "US", executedMinor: 750_000_00n, currency: "USD", ...period },
      // 69,690,000 JPY at 151.5 per USD: 460,000.00 USD, against 500,000.00 declared.
      { cityId, creditCode, contractNo: "GJ2024-JP-002", clientName: "Sakura Systems K.K.", clientCountry: "JP", executedMinor: 69_690_000_00n, currency: "JPY", ...period },
    ],
  });
  await prisma.fxReceipt.createMany({
    data: [
      { cityId, creditCode, receivedOn: dbDateFromIsoDate("2024-06-30"), amountMinor: 500_000_00n, currency: "USD", payerName: "Blue River Software, Inc.", payerCountry: "US", bankReference: "BOC-NC-2024-000101", source: "BUREAU" },
      { cityId, creditCode, receivedOn: dbDateFromIsoDate("2024-11-20"), amountMinor: 250_000_00n, currency: "USD", payerName: "Blue River Software Inc", payerCountry: "US", bankReference: "BOC-NC-2024-000102", source: "BUREAU" },
      { cityId, creditCode, receivedOn: dbDateFromIsoDate("2024-11-20"), amountMinor: 460_000_00n, currency: "USD", payerName: "Sakura Systems K.K.", payerCountry: "JP", bankReference: "BOC-NC-2024-000103", source: "BUREAU" },
    ],
  });
  await seedPrefillData(prisma, demo.xianghu.organisation.creditCode);
}

/** Xianghu Cloud's 2025: 420,000 USD and 230,000 EUR at 0.92 EUR per USD (250,000 USD), both received. */
async function seedPrefillData(prisma: PrismaClient, creditCode: string) {
  const cityId = BUILT_IN_CITY_ID;
  await prisma.usdRate.create({ data: { cityId, year: 2025, currency: "EUR", ratePerUsdMicro: 920_000n } });
  await prisma.statisticsExecution.createMany({
    data: [
      { cityId, creditCode, contractNo: "XH2025-US-001", clientName: "Pacific Cloud Inc.", clientCountry: "美国", serviceCategory: "软件", executedMinor: 420_000_00n, contractMinor: 600_000_00n, currency: "USD", periodStart: dbDateFromIsoDate("2025-01-01"), periodEnd: dbDateFromIsoDate("2025-12-31") },
      { cityId, creditCode, contractNo: "XH2025-DE-002", clientName: "Nordsee Daten GmbH", clientCountry: "德国", serviceCategory: "信息技术", executedMinor: 230_000_00n, contractMinor: 230_000_00n, currency: "EUR", periodStart: dbDateFromIsoDate("2025-03-01"), periodEnd: dbDateFromIsoDate("2025-10-31") },
    ],
  });
  await prisma.fxReceipt.createMany({
    data: [
      { cityId, creditCode, receivedOn: dbDateFromIsoDate("2025-12-20"), amountMinor: 420_000_00n, currency: "USD", payerName: "Pacific Cloud Inc.", payerCountry: "US", bankReference: "BOC-NC-2025-000201", source: "BUREAU" },
      { cityId, creditCode, receivedOn: dbDateFromIsoDate("2025-11-15"), amountMinor: 230_000_00n, currency: "EUR", payerName: "Nordsee Daten GmbH", payerCountry: "DE", bankReference: "BOC-NC-2025-000202", source: "BUREAU" },
    ],
  });
}
