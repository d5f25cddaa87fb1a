// Shared set-up for the review/ledger integration tests: claims in a reviewable state, built
// through the portal's own factories where they exist (offshore claims, trainees) and with plain
// rows for the training facts a test needs to control exactly.
import type { Reviewer } from "@/lib/auth/actors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { evaluateTrainingSubsidy } from "@/lib/eligibility";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { policyForDate } from "@/lib/policy/load-policy-versions";
import { chinaDateOf } from "@/lib/calendar/calendar-dates";
import { calendarYearSchema } from "@/lib/schemas/calendar-year";
import { createOffshoreClaim, createOrganisationWithUser, createStaff, createTrainee, offshoreLine, uniqueResidentId } from "@/prisma/seed/factories";
import { placeholderCalendarYear, yearsWithoutCalendar } from "@/prisma/seed/seed-calendar";

let staffCounter = 0;
export async function reviewer(prisma: PrismaClient, options: { canReleasePayments?: boolean } = {}): Promise<Reviewer & { canReleasePayments: boolean }> {
  await ensureBuiltInPolicyVersions(prisma);
  const n = ++staffCounter;
  const user = await createStaff(prisma, { email: `reviewer${n}-${Date.now()}@bureau.test`, name: `审核${n}`, role: "REVIEWER", canReleasePayments: options.canReleasePayments });
  await ensureCalendarForTheClock(prisma, user.id);
  return { id: user.id, role: "REVIEWER", cityId: user.cityId!, canReleasePayments: options.canReleasePayments ?? false };
}

/**
 * These tests approve at the real date, and a notice published in late December reaches next
 * year: the years after the built-in calendar, up to next year, get the demo seed's placeholder
 * (prisma/seed/seed-calendar.ts) as plain rows, without an audit entry, so that no test's audit
 * log changes with the date. Tests of a missing year use a year after these.
 */
async function ensureCalendarForTheClock(prisma: PrismaClient, enteredById: string) {
  const years = await yearsWithoutCalendar(prisma, Number(chinaDateOf(new Date()).slice(0, 4)) + 1);
  if (years.length === 0) return;
  await prisma.workingDayCalendarYear.createMany({
    data: years.map((year) => {
      const { daysOff, workingWeekendDays, source } = calendarYearSchema.parse(placeholderCalendarYear(year));
      return { year, daysOff, workingWeekendDays, source, enteredById, enteredAt: new Date() };
    }),
    skipDuplicates: true,
  });
}

/** A submitted rule-A claim of a new enterprise; `executedUsd` is the year's offshore total. */
export async function submittedOffshoreClaim(prisma: PrismaClient, executedUsd: string, claimYear = 2024) {
  await ensureBuiltInPolicyVersions(prisma);
  const enterprise = await createOrganisationWithUser(prisma);
  const claim = await createOffshoreClaim(prisma, enterprise.actor, {
    claimYear,
    submit: true,
    lines: [offshoreLine({ executedUsd, contractValueUsd: executedUsd, fxReceiptDate: `${claimYear}-06-30` })],
  });
  return { enterprise, claim };
}

export async function institution(prisma: PrismaClient) {
  await ensureBuiltInPolicyVersions(prisma);
  return createOrganisationWithUser(prisma, { kind: "TRAINING_INSTITUTION", region: "360102", district: "DONGHU" });
}

/**
 * A submitted rule-B claim of `inst` with one line per id number: each trainee trained
 * 2023-03-01..2023-09-30, passed, and signed a 2-year contract with an outside (Shenzhen)
 * employer on 2023-10-10, so each line earns 1,000 + 500 RMB unless the person was paid before.
 */
export async function submittedTrainingClaim(
  prisma: PrismaClient,
  inst: Awaited<ReturnType<typeof institution>>,
  idNumbers: string[],
  options: { names?: string[]; claimNo?: string } = {},
) {
  const policy = await policyForDate(prisma, inst.organisation.cityId, "2023-10-10");
  const lines = [];
  for (const [i, idNumber] of idNumbers.entries()) {
    const trainee = await createTrainee(prisma, inst.actor, { idNumber, name: options.names?.[i] ?? "张小伟" });
    const record = await prisma.trainingRecord.create({
      data: {
        traineeId: trainee.id,
        courseName: "Java 服务外包实训",
        startDate: new Date("2023-03-01"),
        endDate: new Date("2023-09-30"),
        examPassed: true,
        certificate: { create: { certificateNo: `CERT-${trainee.id.slice(0, 8)}`, issuedOn: new Date("2023-10-01") } },
      },
    });
    const contract = await prisma.employmentContract.create({
      data: {
        traineeId: trainee.id,
        outsideEmployerName: "深圳外包科技有限公司",
        outsideEmployerCreditCode: "914403000000000000",
        outsideEmployerCity: "深圳",
        employerInNanchang: false,
        signedOn: new Date("2023-10-10"),
        startDate: new Date("2023-10-15"),
        endDate: new Date("2025-10-14"),
        confirmation: "NOT_REQUIRED",
      },
    });
    const result = evaluateTrainingSubsidy(
      {
        isCollegeStudent: true,
        trainingStart: "2023-03-01",
        trainingEnd: "2023-09-30",
        passedExam: true,
        certificateNo: "C",
        contractSignedOn: "2023-10-10",
        contractStart: "2023-10-15",
        contractEnd: "2025-10-14",
        employerIsServiceOutsourcing: true,
        employerInNanchang: false,
        alreadySubsidised: false,
      },
      policy,
    );
    lines.push({
      traineeId: trainee.id,
      personId: trainee.personId,
      trainingRecordId: record.id,
      contractId: contract.id,
      policyVersionId: policy.id,
      eligible: result.eligible,
      traineeFen: result.traineeFen,
      institutionFen: result.institutionFen,
      evaluation: JSON.parse(JSON.stringify(result)),
    });
  }
  return prisma.trainingClaim.create({
    data: {
      claimNo: options.claimNo ?? `B-TEST-${crypto.randomUUID().slice(0, 12)}`,
      cityId: inst.organisation.cityId,
      institutionId: inst.organisation.id,
      claimYear: 2023,
      status: "SUBMITTED",
      submittedAt: new Date(),
      submissionCount: 1,
      createdById: inst.user.id,
      traineeTotalFen: lines.reduce((s, l) => s + l.traineeFen, 0),
      institutionTotalFen: lines.reduce((s, l) => s + l.institutionFen, 0),
      lines: { create: lines },
    },
    include: { lines: true },
  });
}

export { uniqueResidentId };
