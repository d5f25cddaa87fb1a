// Demo data of the training-institution journey: training, certificates and contracts for the
// Yuzhang college's trainees, one employer confirmation, and one submitted rule-B claim.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeCreditCode } from "@/lib/eligibility";
import { decideEmploymentConfirmationFromInput } from "@/lib/employment/decide-employment-confirmation";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { recordTrainingFromInput } from "@/lib/trainees/record-training";
import { addTrainingClaimLineFromInput } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaimFromInput } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaimFromInput } from "@/lib/training-claims/submit-training-claim";
import { listTraineesForInstitution } from "@/lib/trainees/list-trainees";
import type { OrganisationActor } from "@/lib/auth/actors";

interface Demo {
  ganjiang: { actor: OrganisationActor; organisation: { id: string } };
  haian: { actor: OrganisationActor; organisation: { id: string } };
  yuzhang: { actor: OrganisationActor; organisation: { id: string } };
}

export async function seedInstitution(prisma: PrismaClient, demo: Demo) {
  const actor = demo.yuzhang.actor;
  const trainees = await listTraineesForInstitution(prisma, demo.yuzhang.organisation.id);
  const byName = (name: string) => trainees.find((t) => t.name === name)!.id;
  const training = (traineeId: string) =>
    recordTrainingFromInput(prisma, actor, {
      traineeId, courseName: "Java 软件开发", startDate: "2024-03-01", endDate: "2024-07-15",
      examPassed: true, certificateNo: `YZ-2024-${traineeId.slice(-4)}`, certificateIssuedOn: "2024-07-20",
    });
  const dates = { signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31" };

  const liMing = byName("李明");
  await training(liMing);
  await recordEmploymentContractFromInput(prisma, actor, { traineeId: liMing, employerKind: "REGISTERED", employerOrganisationId: demo.ganjiang.organisation.id, ...dates });

  const zhangWei = byName("张伟");
  await training(zhangWei);
  const zhangContract = await recordEmploymentContractFromInput(prisma, actor, { traineeId: zhangWei, employerKind: "REGISTERED", employerOrganisationId: demo.ganjiang.organisation.id, ...dates });
  await decideEmploymentConfirmationFromInput(prisma, demo.ganjiang.actor, { contractId: zhangContract.id, decision: "CONFIRM" });

  const wangFang = byName("王芳");
  await training(wangFang);
  await recordEmploymentContractFromInput(prisma, actor, {
    traineeId: wangFang, employerKind: "OUTSIDE", outsideEmployerName: "上海浦江信息技术有限公司",
    outsideEmployerCreditCode: makeCreditCode("91310115MA1HPJ006"), outsideEmployerCity: "上海", ...dates,
  });

  // 刘洋: training too short, so the claim page shows why he cannot be added.
  const liuYang = byName("刘洋");
  await recordTrainingFromInput(prisma, actor, { traineeId: liuYang, courseName: "呼叫中心服务", startDate: "2024-05-01", endDate: "2024-07-01", examPassed: true, certificateNo: "YZ-2024-SHORT", certificateIssuedOn: "2024-07-05" });
  await recordEmploymentContractFromInput(prisma, actor, { traineeId: liuYang, employerKind: "REGISTERED", employerOrganisationId: demo.haian.organisation.id, ...dates });

  // A submitted claim: 张伟 (Nanchang, confirmed) and 王芳 (elsewhere).
  const claim = await createTrainingClaimFromInput(prisma, actor, { claimYear: 2024 });
  let version = claim.version;
  for (const traineeId of [zhangWei, wangFang]) {
    await addTrainingClaimLineFromInput(prisma, actor, { claimId: claim.id, version, traineeId });
    version++;
  }
  await submitTrainingClaimFromInput(prisma, actor, { claimId: claim.id, version, declaration: true, submissionKey: crypto.randomUUID() });
}
