// A second city for the tests of issue 22 and the demo seed:
// Changsha, another national service-outsourcing demonstration city. Its policy follows the same
// pattern as Nanchang's with other numbers, so that one enterprise's facts give different amounts
// in the two cities. The numbers are illustrative, not Changsha's published policy.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_VERIFICATION_PARAMETERS, policyVersionToRow, type EligibilityPolicy } from "@/lib/eligibility";
import { clearPolicyVersionCache } from "@/lib/policy/load-policy-versions";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { grantStaffPost } from "@/lib/users/staff-posts/grant-staff-post";
import { clearCityDistrictCache } from "@/lib/cities/load-city-districts";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, offshoreLine } from "./factories";

export const SECOND_CITY = {
  id: "changsha",
  nameZh: "长沙市",
  nameEn: "Changsha",
  divisionPrefixes: ["4301"],
  bureauNameZh: "长沙市商务局",
  bureauNameEn: "Changsha Municipal Bureau of Commerce",
} as const;

/**
 * Changsha's districts, county and county-level cities, in the order its forms list them. The city
 * is the seed's (no migration creates it), so its list is here too; migration
 * 20261207233729_city_districts gives the same list to a database seeded before districts were data.
 */
export const SECOND_CITY_DISTRICTS = [
  { code: "FURONG", nameZh: "芙蓉区", nameEn: "Furong District" },
  { code: "TIANXIN", nameZh: "天心区", nameEn: "Tianxin District" },
  { code: "YUELU", nameZh: "岳麓区", nameEn: "Yuelu District" },
  { code: "KAIFU", nameZh: "开福区", nameEn: "Kaifu District" },
  { code: "YUHUA", nameZh: "雨花区", nameEn: "Yuhua District" },
  { code: "WANGCHENG", nameZh: "望城区", nameEn: "Wangcheng District" },
  { code: "CHANGSHA_COUNTY", nameZh: "长沙县", nameEn: "Changsha County" },
  { code: "LIUYANG", nameZh: "浏阳市", nameEn: "Liuyang" },
  { code: "NINGXIANG", nameZh: "宁乡市", nameEn: "Ningxiang" },
] as const;

/** A credit code region inside the second city (Changsha's Furong district). */
export const SECOND_CITY_REGION = "430102";

export const SECOND_CITY_POLICY: EligibilityPolicy = Object.freeze({
  id: "changsha-2015-demo",
  nameZh: "长沙市服务外包扶持办法（演示）",
  nameEn: "Changsha service-outsourcing support measures (demo)",
  effectiveFrom: "2015-01-01",
  effectiveTo: null,
  offshoreThresholdUsdCents: 150_000_00, // above 150,000 USD (Nanchang: 200,000)
  offshoreFenPerUsd: 15, // 0.15 RMB per USD (Nanchang: 0.2)
  offshoreAnnualCapFen: 300_000_00, // 300,000 RMB (Nanchang: 500,000)
  trainingMinMonths: 3,
  contractMinMonths: 12,
  traineeFenNanchang: 1_500_00, // employer in the city
  institutionFenNanchang: 1_000_00,
  traineeFenElsewhere: 800_00,
  institutionFenElsewhere: 400_00,
  fourEyesThresholdFen: 100_000_00,
  noticePeriodWorkingDays: 7,
  ...DEFAULT_VERIFICATION_PARAMETERS,
});

/** Adds the second city, its districts and its policy version (idempotent). */
export async function ensureSecondCity(prisma: PrismaClient): Promise<void> {
  await prisma.city.upsert({ where: { id: SECOND_CITY.id }, create: { ...SECOND_CITY, divisionPrefixes: [...SECOND_CITY.divisionPrefixes] }, update: {} });
  const districts = await prisma.cityDistrict.createMany({
    data: SECOND_CITY_DISTRICTS.map((d, index) => ({ ...d, cityId: SECOND_CITY.id, position: index + 1 })),
    skipDuplicates: true,
  });
  if (districts.count > 0) clearCityDistrictCache();
  const created = await prisma.policyVersion.createMany({
    data: [{ ...policyVersionToRow(SECOND_CITY_POLICY), status: "PUBLISHED", cityId: SECOND_CITY.id }],
    skipDuplicates: true,
  });
  if (created.count > 0) clearPolicyVersionCache();
}

/**
 * The second city in the demo: its bureau (two administrators, a reviewer who may release
 * payments) and one enterprise whose 2024 claim declares the very same contracts' amounts as
 * Nanchang's Ganjiang Software: 1,250,000 USD gives 250,000.00 RMB in Nanchang and 187,500.00 RMB
 * here, so the difference between the two cities' policies shows on the reviewers' screens.
 */
export async function seedSecondCity(prisma: PrismaClient) {
  await ensureSecondCity(prisma);
  const cityId = SECOND_CITY.id;
  await createStaff(prisma, { email: DEMO_ACCOUNTS.secondCityAdministrator, name: "湘管理", role: "ADMINISTRATOR", cityId });
  await createStaff(prisma, { email: DEMO_ACCOUNTS.secondCitySecondAdministrator, name: "潇管理", role: "ADMINISTRATOR", cityId });
  await createStaff(prisma, { email: DEMO_ACCOUNTS.secondCityReviewer, name: "岳审核", role: "REVIEWER", canReleasePayments: true, cityId });
  const xiangjiang = await createOrganisationWithUser(prisma, {
    nameZh: "长沙湘江软件有限公司",
    nameEn: "Changsha Xiangjiang Software Co., Ltd.",
    email: DEMO_ACCOUNTS.enterpriseChangsha,
    userName: "易文",
    region: "430104",
    orgCode: "MA4LXJ006",
    district: "YUELU",
    address: "长沙市岳麓区麓谷大道 627 号",
    bankAccount: "6216610100000000149",
    bankName: "中国银行长沙分行",
  });
  await createOffshoreClaim(prisma, xiangjiang.actor, {
    claimYear: 2024,
    onshoreUsd: "300000.00",
    submit: true,
    lines: [
      offshoreLine({ contractRegNo: "XJ2024-US-001", clientName: "Hudson Cloud Inc.", clientCountry: "US", executedUsd: "750000.00", contractValueUsd: "900000.00" }),
      offshoreLine({ contractRegNo: "XJ2024-JP-002", clientName: "Fuji Data K.K.", clientCountry: "JP", serviceCategory: "INFORMATION_TECHNOLOGY", executedUsd: "500000.00", contractValueUsd: "600000.00", fxReceiptDate: "2024-11-20" }),
    ],
  });
  return { xiangjiang };
}

/**
 * A vendor's reviewer working for both bureaus (issue 22): a Nanchang reviewer whom the province
 * gave a post in Changsha, through the same operation as its page. Signed in, the header offers
 * "切换到长沙市"; neither post carries the payment right.
 */
export async function seedTwoCityReviewer(prisma: PrismaClient, province: ProvinceAdministrator) {
  await createStaff(prisma, { email: DEMO_ACCOUNTS.twoCityReviewer, name: "程审核", role: "REVIEWER" });
  await grantStaffPost(prisma, province, { email: DEMO_ACCOUNTS.twoCityReviewer, cityId: SECOND_CITY.id, role: "REVIEWER" });
}
