import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { NotFoundError } from "@/lib/errors/domain-error";
import { declareConflictSchema, type DeclareConflictInput } from "./review-schemas";
import type { Reviewer } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";

/** A reviewer declares a conflict of interest with an organisation; from then on they cannot decide its claims. Idempotent. */
export async function declareConflict(prisma: PrismaClient, reviewer: Reviewer, input: z.output<typeof declareConflictSchema>) {
  const { organisationId, reason } = input;
  return inCityTransaction(prisma, reviewer.cityId, async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId, cityId: reviewer.cityId }, select: { id: true } });
    if (!organisation) throw new NotFoundError();
    const existing = await tx.conflictOfInterest.findUnique({ where: { reviewerId_organisationId: { reviewerId: reviewer.id, organisationId } } });
    if (existing) return existing;
    const row = await tx.conflictOfInterest.create({ data: { reviewerId: reviewer.id, organisationId, reason: reason || null } });
    await appendAuditEntry(tx, {
      actorId: reviewer.id,
      actorRole: reviewer.role,
      action: "review.declare-conflict",
      targetType: "Organisation",
      targetId: organisationId,
      result: "success",
      details: { reason: reason || null },
    });
    return row;
  });
}

export async function listConflicts(prisma: PrismaClient, reviewerId: string) {
  return prisma.conflictOfInterest.findMany({
    where: { reviewerId },
    include: { organisation: { select: { nameZh: true, kind: true } } },
    orderBy: { declaredAt: "desc" },
  });
}

/** Organisations a reviewer may declare a conflict with (names only). */
export async function listOrganisationsForConflict(prisma: PrismaClient, cityId: string) {
  return prisma.organisation.findMany({ where: { cityId }, select: { id: true, nameZh: true, kind: true }, orderBy: { nameZh: "asc" }, take: 2000 });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs declareConflict. */
export async function declareConflictFromInput(prisma: PrismaClient, reviewer: Reviewer, input: DeclareConflictInput) {
  return declareConflict(prisma, reviewer, declareConflictSchema.parse(input));
}
