import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { StaffActor } from "@/lib/auth/actors";
import { enterCity } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { switchCitySchema, type SwitchCityInput } from "@/lib/schemas/staff-post";

/**
 * A staff account with posts in two cities changes the city it acts in (issue 22). Explicit and
 * account-wide: the User row's post (role, city, payment right) goes back to its city's StaffPost
 * row and the chosen post takes its place, so every scoped read and action, the mails to a city's
 * reviewers and the city's staff list follow from the one row, as for any other staff member.
 *
 * Refused while a role grant for the account waits for confirmation: grants are confirmed by the
 * administrators of the account's acting city, and one asked for in this city must not be
 * confirmed by the next city's.
 *
 * The payment right stays behind: the post left keeps its role but not the right to release
 * payments, which the city grants again (four eyes) when the account is back. While the account
 * works elsewhere its old city's administrators cannot see it in their staff list, so a right
 * that waited for its return would be one they could not take away. Each city's log records the
 * switch: the one left and the one entered.
 */
export async function switchCity(prisma: PrismaClient, actor: StaffActor, input: SwitchCityInput) {
  if (actor.role !== "REVIEWER" && actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { cityId } = switchCitySchema.parse(input);
  return prisma.$transaction(async (tx) => {
    // Locked: two tabs switching at once, or a post granted or revoked meanwhile, wait for this one.
    const [user] = await tx.$queryRaw<Array<{ role: "REVIEWER" | "ADMINISTRATOR"; cityId: string; canReleasePayments: boolean }>>`
      SELECT "role", "cityId", "canReleasePayments" FROM "User"
      WHERE "id" = ${actor.id}::uuid AND "disabledAt" IS NULL AND "role" IN ('REVIEWER', 'ADMINISTRATOR') FOR UPDATE`;
    if (!user) throw new DomainError("forbidden");
    if (user.cityId === cityId) return { cityId, role: user.role };
    const target = await tx.staffPost.findUnique({ where: { userId_cityId: { userId: actor.id, cityId } } });
    if (!target) throw new NotFoundError();
    if (await tx.roleGrant.findFirst({ where: { userId: actor.id, status: "PENDING" }, select: { id: true } })) throw new DomainError("roleGrantPending");
    await tx.staffPost.upsert({
      where: { userId_cityId: { userId: actor.id, cityId: user.cityId } },
      update: { role: user.role, canReleasePayments: false },
      create: { userId: actor.id, cityId: user.cityId, role: user.role, canReleasePayments: false, grantedById: null },
    });
    const details = { fromCityId: user.cityId, toCityId: target.cityId, fromRole: user.role, toRole: target.role, paymentRightLeft: user.canReleasePayments };
    // One entry in each city's log: the city left sees who went and with which right left behind...
    await enterCity(tx, user.cityId);
    await appendAuditEntry(tx, { actorId: actor.id, actorRole: user.role, action: "staff.switch-city", targetType: "User", targetId: actor.id, result: "success", details });
    await tx.user.update({ where: { id: actor.id }, data: { cityId: target.cityId, role: target.role, canReleasePayments: target.canReleasePayments } });
    // ...and the city entered sees who came in, from where.
    await enterCity(tx, target.cityId);
    await appendAuditEntry(tx, { actorId: actor.id, actorRole: target.role, action: "staff.switch-city", targetType: "User", targetId: actor.id, result: "success", details });
    return { cityId: target.cityId, role: target.role };
  });
}
