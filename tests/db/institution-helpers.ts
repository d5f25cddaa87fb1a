import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tooling/db/test-database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordEmploymentContractFromInput } from "@/lib/employment/record-employment-contract";
import { ensureBuiltInPolicyVersions } from "@/lib/policy/ensure-built-in-policy-versions";
import { recordTrainingFromInput } from "@/lib/trainees/record-training";
import { createOrganisationWithUser, createTrainee } from "@/prisma/seed/factories";
import type { OrganisationActor } from "@/lib/auth/actors";

export async function institutionWorld(prisma: PrismaClient) {
  await ensureBuiltInPolicyVersions(prisma);
  const institution = await createOrganisationWithUser(prisma, { kind: "TRAINING_INSTITUTION", region: "360102" });
  const other = await createOrganisationWithUser(prisma, { kind: "TRAINING_INSTITUTION", region: "360103" });
  const nanchangEnterprise = await createOrganisationWithUser(prisma, { region: "360106" });
  const shenzhenEnterprise = await createOrganisationWithUser(prisma, { region: "440300" });
  return { institution, other, nanchangEnterprise, shenzhenEnterprise };
}

export type InstitutionWorld = Awaited<ReturnType<typeof institutionWorld>>;

/**
 * For one describe block: a fresh database of the given kind with an institution world, opened
 * before its tests and closed after them. `opened` receives both (assign them to the block's
 * variables); the tests read them once beforeAll has run.
 */
export function useInstitutionWorld(kind: "pglite" | "postgres", opened: (db: TestDatabase, world: InstitutionWorld) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    opened(db, await institutionWorld(db.prisma));
  });
  afterAll(async () => db?.close());
}

/** A trainee with a qualifying training record and a contract with the given registered employer. */
export async function qualifyingTrainee(prisma: PrismaClient, actor: OrganisationActor, employerOrganisationId: string, idNumber?: string) {
  const trainee = await createTrainee(prisma, actor, idNumber ? { idNumber } : {});
  await recordTrainingFromInput(prisma, actor, {
    traineeId: trainee.id, courseName: "Java", startDate: "2024-03-01", endDate: "2024-07-15",
    examPassed: true, certificateNo: "NC-1", certificateIssuedOn: "2024-07-20",
  });
  const contract = await recordEmploymentContractFromInput(prisma, actor, {
    traineeId: trainee.id, employerKind: "REGISTERED", employerOrganisationId,
    signedOn: "2024-07-25", startDate: "2024-08-01", endDate: "2026-07-31",
  });
  return { trainee, contract };
}
