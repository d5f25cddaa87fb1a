import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import { DomainError, isUniqueViolation } from "@/lib/errors/domain-error";
import { staffUserSchema, type StaffUserInput } from "@/lib/schemas/staff-user";
import type { Administrator, SystemActor } from "@/lib/auth/actors";
import { BUILT_IN_CITY_ID } from "@/lib/cities/find-city";

/**
 * Reviewers and administrators belong to the bureau, not to an organisation; only an administrator
 * creates them. A bureau role is what four-eyes rests on, so one administrator must not be able to
 * make two reviewer identities alone: the account is created disabled, with a pending grant of its
 * role (and payment right) that a second administrator confirms (lib/users/confirm-role-grant.ts).
 * The seed (actor SYSTEM) creates the demo's staff active.
 */
export async function createStaffUser(
  prisma: PrismaClient,
  actor: Administrator | SystemActor,
  data: z.output<typeof staffUserSchema>,
  /** The seed's city for its staff; an administrator always creates staff of their own city. */
  systemCityId: string = BUILT_IN_CITY_ID,
) {
  if (actor.role !== "ADMINISTRATOR" && actor.role !== "SYSTEM") throw new DomainError("forbidden");
  const passwordHash = await hashPassword(data.password);
  const canReleasePayments = data.role === "REVIEWER" && data.canReleasePayments;
  const pending = actor.role !== "SYSTEM";
  const now = new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const cityId = actor.role === "SYSTEM" ? systemCityId : actor.cityId;
      const user = await tx.user.create({
        data: {
          cityId,
          email: data.email,
          name: data.name,
          passwordHash,
          role: data.role,
          canReleasePayments: pending ? false : canReleasePayments,
          disabledAt: pending ? now : null,
        },
      });
      const grant = pending
        ? await tx.roleGrant.create({
            data: { userId: user.id, role: data.role, canReleasePayments, newAccount: true, requestedById: actor.id!, requestedAt: now },
          })
        : null;
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "user.create-staff",
        targetType: "User",
        targetId: user.id,
        result: "success",
        details: { role: data.role, canReleasePayments, pendingGrantId: grant?.id ?? null },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new DomainError("emailTaken", "email");
    throw error;
  }
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs createStaffUser. */
export async function createStaffUserFromInput(prisma: PrismaClient, actor: Administrator | SystemActor, input: StaffUserInput, systemCityId?: string) {
  return createStaffUser(prisma, actor, staffUserSchema.parse(input), systemCityId);
}
