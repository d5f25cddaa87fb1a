import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { createOffshoreClaim, createOrganisationWithUser, createProvinceAdministrator, createStaff, createTrainee, offshoreLine, uniqueResidentId } from "./factories";

interface SeedOptions {
  log?: (line: string) => void;
}

/**
 * The demo city: two administrators (a bureau role needs both), two reviewers (one may release payments), three enterprises
 * (two in Nanchang, one in Shenzhen), two training institutions with trainees, and claims in
 * several states. Every row goes through the portal's own domain functions.
 */
export async function seedDemo(prisma: PrismaClient, { log = () => undefined }: SeedOptions = {}) {
  const steps = 7;
  let step = 0;
  const progress = (what: string) => log(`[${++step}/${steps}] ${what}`);

  progress("policy versions");
  await ensureBuiltInPolicyVersions(prisma);

  progress("bureau staff");
  await createStaff(prisma, { email: DEMO_ACCOUNTS.administrator, name: "王管理", role: "ADMINISTRATOR" });
  await createStaff(prisma, { email: DEMO_ACCOUNTS.secondAdministrator, name: "赵管理", role: "ADMINISTRATOR" });
  await createStaff(prisma, { email: DEMO_ACCOUNTS.reviewer, name: "刘审核", role: "REVIEWER", canReleasePayments: true });
  await createStaff(prisma, { email: DEMO_ACCOUNTS.secondReviewer, name: "陈复核", role: "REVIEWER" });

  progress("enterprises");
  const ganjiang = await createOrganisationWithUser(prisma, {
    nameZh: "南昌赣江软件有限公司",
    nameEn: "Nanchang Ganjiang Software Co., Ltd.",
    email: DEMO_ACCOUNTS.enterpriseGanjiang,
    userName: "赵敏",
    region: "360106",
    orgCode: "MA35GJ001",
    district: "HONGGUTAN",
    bankAccount: "6216610100000000094",
  });
  const hongcheng = await createOrganisationWithUser(prisma, {
    nameZh: "洪城数据服务有限公司",
    nameEn: "Hongcheng Data Services Co., Ltd.",
    email: DEMO_ACCOUNTS.enterpriseHongcheng,
    userName: "钱伟",
    region: "360199",
    orgCode: "MA35HC002",
    district: "HIGH_TECH_ZONE",
    bankAccount: "6216610100000000083",
  });
  const haian = await createOrganisationWithUser(prisma, {
    nameZh: "深圳海岸科技有限公司",
    nameEn: "Shenzhen Haian Technology Co., Ltd.",
    email: DEMO_ACCOUNTS.enterpriseShenzhen,
    userName: "孙丽",
    region: "440300",
    orgCode: "MA5FHA003",
    district: "OUTSIDE_NANCHANG",
    bankAccount: "6216610100000000138",
  });

  const xianghu = await createOrganisationWithUser(prisma, {
    nameZh: "南昌象湖云计算有限公司",
    nameEn: "Nanchang Xianghu Cloud Computing Co., Ltd.",
    email: DEMO_ACCOUNTS.enterpriseXianghu,
    userName: "吴涛",
    region: "360106",
    orgCode: "MA35XH007",
    district: "HONGGUTAN",
    bankAccount: "6216610100000000175",
  });

  progress("training institutions");
  const yuzhang = await createOrganisationWithUser(prisma, {
    kind: "TRAINING_INSTITUTION",
    nameZh: "南昌豫章服务外包培训学院",
    nameEn: "Nanchang Yuzhang Service Outsourcing Training College",
    email: DEMO_ACCOUNTS.institutionYuzhang,
    userName: "周老师",
    region: "360102",
    orgCode: "MA35YQ004",
    district: "DONGHU",
    bankAccount: "6216610100000000105",
  });
  const tengwang = await createOrganisationWithUser(prisma, {
    kind: "TRAINING_INSTITUTION",
    nameZh: "江西滕王阁职业培训中心",
    nameEn: "Jiangxi Tengwang Pavilion Vocational Training Centre",
    email: DEMO_ACCOUNTS.institutionTengwang,
    userName: "吴老师",
    region: "360103",
    orgCode: "MA35TW005",
    district: "XIHU",
    bankAccount: "6216610100000000116",
  });

  progress("offshore claims");
  // 1,250,000 USD in 2024: 250,000.00 RMB, submitted and waiting for a reviewer.
  await createOffshoreClaim(prisma, ganjiang.actor, {
    claimYear: 2024,
    onshoreUsd: "400000.00",
    submit: true,
    lines: [
      offshoreLine({ contractRegNo: "GJ2024-US-001", clientName: "Blue River Software Inc.", clientCountry: "US", executedUsd: "750000.00", contractValueUsd: "900000.00" }),
      offshoreLine({ contractRegNo: "GJ2024-JP-002", clientName: "Sakura Systems K.K.", clientCountry: "JP", serviceCategory: "INFORMATION_TECHNOLOGY", executedUsd: "500000.00", contractValueUsd: "600000.00", fxReceiptDate: "2024-11-20" }),
    ],
  });
  // A draft for 2025, still being filled in.
  await createOffshoreClaim(prisma, ganjiang.actor, {
    claimYear: 2025,
    lines: [offshoreLine({ contractRegNo: "GJ2025-DE-001", clientName: "Rhein Data GmbH", clientCountry: "DE", executedUsd: "180000.00", contractValueUsd: "400000.00", fxReceiptDate: "2025-03-15" })],
  });
  // 3,000,000 USD: 600,000 RMB by the rule, capped at 500,000 RMB; above the four-eyes threshold.
  await createOffshoreClaim(prisma, hongcheng.actor, {
    claimYear: 2024,
    onshoreUsd: "1200000.00",
    submit: true,
    lines: [
      offshoreLine({ contractRegNo: "HC2024-GB-001", clientName: "Thames Analytics Ltd.", clientCountry: "GB", serviceCategory: "FINANCE", executedUsd: "2000000.00", contractValueUsd: "2500000.00" }),
      offshoreLine({ contractRegNo: "HC2024-SG-002", clientName: "Lion City Logistics Pte. Ltd.", clientCountry: "SG", serviceCategory: "LOGISTICS", executedUsd: "1000000.00", contractValueUsd: "1000000.00", fxReceiptDate: "2024-09-30" }),
    ],
  });
  // 150,000 USD: under the threshold; the preview says so and the draft cannot be submitted.
  await createOffshoreClaim(prisma, haian.actor, {
    claimYear: 2024,
    lines: [offshoreLine({ contractRegNo: "HA2024-HK-001", clientName: "Harbour Media Ltd.", clientCountry: "HK", serviceCategory: "ANIMATION_GAMES", executedUsd: "150000.00", contractValueUsd: "150000.00" })],
  });

  progress("trainees");
  const sharedPersonId = uniqueResidentId("20000808", "360104");
  const trainees = [
    { name: "李明", idNumber: uniqueResidentId("20010315", "360102") },
    { name: "王芳", idNumber: uniqueResidentId("20020607", "360103") },
    { name: "张伟", idNumber: sharedPersonId },
    { name: "刘洋", idNumber: uniqueResidentId("19991122", "360111"), studentStatus: "GRADUATE" as const, collegeLevel: "JUNIOR_COLLEGE" as const, college: "江西财经大学" },
  ];
  for (const trainee of trainees) await createTrainee(prisma, yuzhang.actor, trainee);
  // The same person registered by a second institution: one Person, two institutions' records.
  await createTrainee(prisma, tengwang.actor, { name: "张伟", idNumber: sharedPersonId, college: "华东交通大学" });
  await createTrainee(prisma, tengwang.actor, { name: "陈静", idNumber: uniqueResidentId("20030101", "360121") });

  const demo = { ganjiang, hongcheng, haian, xianghu, yuzhang, tengwang };
  // Each area of the portal adds its demo data below, one call per line (see prisma/seed/seed-*.ts).
  // seed extensions: begin
  await (await import("./seed-calendar")).seedCalendar(prisma);
  await (await import("./seed-institution")).seedInstitution(prisma, demo);
  await (await import("./seed-review")).seedReview(prisma);
  await (await import("./seed-verification")).seedVerification(prisma, demo);
  await (await import("./second-city")).seedSecondCity(prisma);
  const province = await createProvinceAdministrator(prisma, { email: DEMO_ACCOUNTS.provinceAdministrator, name: "省管理" });
  await (await import("./second-city")).seedTwoCityReviewer(prisma, { id: province.id, role: "PROVINCE_ADMINISTRATOR" });
  // seed extensions: end
  // Issue 18: the open claims' stored risk signals (the queue's filter), as their submissions leave them in the portal.
  const { refreshOpenClaimsRiskSignals } = await import("@/lib/verification/refresh-claim-risk-signals");
  for (const city of await prisma.city.findMany({ select: { id: true } })) await refreshOpenClaimsRiskSignals(prisma, city.id);
  progress("done");
  return demo;
}
