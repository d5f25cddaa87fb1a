import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { Administrator } from "@/lib/auth/actors";
import { UNSETTLED_STATUSES } from "@/lib/claim-lifecycle";
import { enterCity, inCityTransaction } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { moveOrganisationSchema, type MoveOrganisationInput } from "@/lib/schemas/move-organisation";

/**
 * An organisation moves to another city (issue 22, docs/design/several-cities.md "Moving city").
 * Its credit code does not change with the move (its region digits keep naming the first
 * registration authority), so the city cannot be derived again from it: the move is a decision of
 * the bureau the organisation leaves, taken by that city's administrator.
 *
 * One transaction, in two cities: in the old city the registration is closed (CLOSED, with the
 * date and reason; the database clears its open credit code) and its API keys are revoked (they
 * answer on the old city's paths only); then, inside the destination city, a new registration
 * with the same identity, contact and bank data and the new district and address is created
 * awaiting vetting (the destination's reviewers vet it as a sign-up, on a business licence the
 * members upload there), the members and their pending invitations move to it, and each city's
 * log gets its entry. The old registration's claims, ledger, notices and files stay where they
 * were filed: the old bureau keeps deciding nothing more, but still reads them.
 *
 * Refused while the old city still owes the organisation something (unsettled claims), or it owes
 * the old city an answer (a bank account change awaiting confirmation, employment contracts it
 * must confirm): a decision, notice or payment for a registration nobody acts for any more would
 * be stranded half-way, and its money paid to an account no one can change.
 */
export async function moveOrganisation(prisma: PrismaClient, administrator: Administrator, input: MoveOrganisationInput, now = new Date()) {
  if (administrator.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const data = moveOrganisationSchema.parse(input);
  const fromCityId = administrator.cityId;
  return inCityTransaction(prisma, fromCityId, async (tx) => {
    // Locked for the whole move: a claim submission (assertOrganisationActive reads the row FOR
    // SHARE) either commits before it, and is counted below, or waits and finds the row closed.
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "Organisation" WHERE "id" = ${data.organisationId}::uuid AND "cityId" = ${fromCityId} FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    const old = await tx.organisation.findUniqueOrThrow({ where: { id: locked.id } });
    if (old.status === "CLOSED") throw new DomainError("organisationClosed");

    const destination = await tx.city.findUnique({ where: { id: data.toCityId }, select: { id: true, nameZh: true, nameEn: true, districts: { select: { code: true } } } });
    if (!destination) throw new DomainError("invalid", "toCityId");
    if (destination.id === fromCityId) throw new DomainError("moveToSameCity", "toCityId");
    if (!destination.districts.some((d) => d.code === data.district)) {
      throw new DomainError("moveDistrictNotInCity", "district", { city: destination.nameZh, cityEn: destination.nameEn });
    }
    if (await hasWorkInProgress(tx, old.id)) throw new DomainError("organisationHasWorkInProgress");

    await tx.organisation.update({ where: { id: old.id }, data: { status: "CLOSED", closedAt: now, closedReason: data.reason } });
    const revokedKeys = await tx.apiKey.updateMany({ where: { organisationId: old.id, revokedAt: null }, data: { revokedAt: now, revokedById: administrator.id } });
    const members = await tx.user.findMany({ where: { organisationId: old.id }, select: { id: true } });
    await appendAuditEntry(tx, {
      actorId: administrator.id,
      actorRole: administrator.role,
      action: "organisation.move-out",
      targetType: "Organisation",
      targetId: old.id,
      result: "success",
      details: { creditCode: old.creditCode, toCityId: destination.id, reason: data.reason, members: members.length, revokedApiKeys: revokedKeys.count },
      cityId: fromCityId,
    });

    // The destination city from here on: row-level security now shows and accepts its rows only
    // (portal_enter_city may be called again in a transaction: it resets the transaction's city).
    await enterCity(tx, destination.id);
    const created = await tx.organisation.create({
      data: {
        kind: old.kind,
        cityId: destination.id,
        nameZh: old.nameZh,
        nameEn: old.nameEn,
        creditCode: old.creditCode,
        regionCode: old.regionCode,
        inNanchang: old.inNanchang,
        district: data.district,
        address: data.address,
        contactName: old.contactName,
        contactPhone: old.contactPhone,
        contactEmail: old.contactEmail,
        bankAccountName: old.bankAccountName,
        bankName: old.bankName,
        bankAccountEnc: old.bankAccountEnc,
        bankAccountLast4: old.bankAccountLast4,
        status: "PENDING_VETTING",
        movedFromId: old.id,
      },
      select: { id: true },
    });
    // Users and invitations carry no city of their own (a member's is its organisation's).
    await tx.user.updateMany({ where: { id: { in: members.map((m) => m.id) } }, data: { organisationId: created.id } });
    await tx.invitation.updateMany({ where: { organisationId: old.id, acceptedAt: null, expiresAt: { gt: now } }, data: { organisationId: created.id } });
    await appendAuditEntry(tx, {
      actorId: administrator.id,
      actorRole: administrator.role,
      action: "organisation.move-in",
      targetType: "Organisation",
      targetId: created.id,
      result: "success",
      details: { creditCode: old.creditCode, fromCityId, fromOrganisationId: old.id, reason: data.reason, members: members.length },
      cityId: destination.id,
    });
    return { organisationId: created.id, cityId: destination.id };
  });
}

/** What the old city and the organisation still owe each other (see moveOrganisation). */
async function hasWorkInProgress(tx: Prisma.TransactionClient, organisationId: string): Promise<boolean> {
  const [offshore, training, bankChanges, confirmations] = await Promise.all([
    tx.offshoreClaim.count({ where: { organisationId, status: { in: UNSETTLED_STATUSES } } }),
    tx.trainingClaim.count({ where: { institutionId: organisationId, status: { in: UNSETTLED_STATUSES } } }),
    tx.bankAccountChange.count({ where: { organisationId, status: "PENDING" } }),
    tx.employmentContract.count({ where: { employerOrganisationId: organisationId, confirmation: "PENDING" } }),
  ]);
  return offshore + training + bankChanges + confirmations > 0;
}
