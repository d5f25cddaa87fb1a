// Demo data of the training-institution journey: training, certificates and contracts for the
// Yuzhang college's trainees, one employer confirmation, and one submitted rule-B claim.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeCreditCode } from "@/lib/eligibility";
import { decideEmploymentConfirmation } from "@/lib/employment/decide-employment-confirmation";
import { recordEmploymentContract } from "@/lib/employment/record-employment-contract";
import { recordTraining } from "@/lib/training/record-training";
import { addTrainingClaimLine } from "@/lib/training-claims/add-training-claim-line";
import { createTrainingClaim } from "@/lib/training-claims/create-training-claim";
import { submitTrainingClaim } from "@/lib/training-claims/submit-training-claim";
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
    recordTraining(prisma, actor, {
      traineeId, courseName: "Java 软件开发", startDate: "2024-03-01", endDate: "2024-07-15",
      examPassed: true, certificateNo: `YZ-2024-${traineeId.slice(-4)}`, certificateIssuedOn: "2024-07-20",
    });
  const dates = { signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31" };

  const liMing = byName("李明");
  await training(liMing);
  await recordEmploymentContract(prisma, actor, { traineeId: liMing, employerKind: "REGISTERED", employerOrganisationId: demo.ganjiang.organisation.id, ...dates });

  const zhangWei = byName("张伟");
  await training(zhangWei);
  const zhangContract = await recordEmploymentContract(prisma, actor, { traineeId: zhangWei, employerKind: "REGISTERED", employerOrganisationId: demo.ganjiang.organisation.id, ...dates });
  await decideEmploymentConfirmation(prisma, demo.ganjiang.actor, { contractId: zhangContract.id, decision: "CONFIRM" });

  const wangFang = byName("王芳");
  await training(wangFang);
  await recordEmploymentContract(prisma, actor, {
    traineeId: wangFang, employerKind: "OUTSIDE", outsideEmployerName: "上海浦江信息技术有限公司",
    outsideEmployerCreditCode: makeCreditCode("91310115MA1HPJ006"), outsideEmployerCity: "上海", ...dates,
  });

  // 刘洋: training too short, so the claim page shows why he cannot be added.
  const liuYang = byName("刘洋");
  await recordTraining(prisma, actor, { traineeId: liuYang, courseName: "呼叫中心服务", startDate: "2024-05-01", endDate: "2024-07-01", examPassed: true, certificateNo: "YZ-2024-SHORT", certificateIssuedOn: "2024-07-05" });
  await recordEmploymentContract(prisma, actor, { traineeId: liuYang, employerKind: "REGISTERED", employerOrganisationId: demo.haian.organisation.id, ...dates });

  // A submitted claim: 张伟 (Nanchang, confirmed) and 王芳 (elsewhere).
  const claim = await createTrainingClaim(prisma, actor, { claimYear: 2024 });
  let version = claim.version;
  for (const traineeId of [zhangWei, wangFang]) {
    await addTrainingClaimLine(prisma, actor, { claimId: claim.id, version, traineeId });
    version++;
  }
  await submitTrainingClaim(prisma, actor, { claimId: claim.id, version, declaration: true, submissionKey: crypto.randomUUID() });
}
