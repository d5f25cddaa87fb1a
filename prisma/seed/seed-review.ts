// Demo data of the review area, through the review area's own domain functions: two more
// enterprises with submitted claims (every demo organisation has its payout account from its
// creation, prisma/seed/factories.ts), and one grant approved "30 days ago" (explicit `now`), so
// its public notice has already ended and a payment batch can be built and paid in the demo and
// the e2e suite.
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { approveClaim } from "@/lib/review/approve-claim";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { createOffshoreClaim, createOrganisationWithUser, offshoreLine } from "./factories";

export async function seedReview(prisma: PrismaClient) {
  const reviewer = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.reviewer } });

  const yaohu = await createOrganisationWithUser(prisma, {
    nameZh: "南昌瑶湖信息技术有限公司",
    nameEn: "Nanchang Yaohu Information Technology Co., Ltd.",
    email: "yaohu@demo.example",
    userName: "郑强",
    region: "360111",
    orgCode: "MA35YH006",
    district: "QINGSHANHU",
    bankAccount: "6216610100000000061",
  });
  const qingshan = await createOrganisationWithUser(prisma, {
    nameZh: "南昌青山数码科技有限公司",
    nameEn: "Nanchang Qingshan Digital Co., Ltd.",
    email: "qingshan@demo.example",
    userName: "冯敏",
    region: "360111",
    orgCode: "MA35QN007",
    district: "QINGSHANHU",
    bankAccount: "6216610100000000072",
  });

  // 400,000 USD in 2024: 80,000 RMB, approved a month ago; its notice period is over.
  const yaohuClaim = await createOffshoreClaim(prisma, yaohu.actor, {
    claimYear: 2024,
    onshoreUsd: "100000.00",
    submit: true,
    lines: [offshoreLine({ contractRegNo: "YH2024-US-001", clientName: "Pacific Code LLC", clientCountry: "US", executedUsd: "400000.00", contractValueUsd: "450000.00", fxReceiptDate: "2024-08-31" })],
  });
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  await approveClaim(prisma, { id: reviewer.id, role: reviewer.role, cityId: reviewer.cityId! }, { kind: "OFFSHORE", claimId: yaohuClaim.id, version: yaohuClaim.version }, monthAgo);

  // 300,000 USD in 2024: 60,000 RMB, below the four-eyes threshold, waiting for a reviewer.
  await createOffshoreClaim(prisma, qingshan.actor, {
    claimYear: 2024,
    onshoreUsd: "50000.00",
    submit: true,
    lines: [offshoreLine({ contractRegNo: "QS2024-AU-001", clientName: "Southern Cross Services Pty", clientCountry: "AU", serviceCategory: "CALL_CENTRE", executedUsd: "300000.00", contractValueUsd: "300000.00", fxReceiptDate: "2024-10-15" })],
  });
  return { yaohu, qingshan };
}
