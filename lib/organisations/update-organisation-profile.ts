import { readCityDistricts } from "@/lib/cities/load-city-districts";
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { encryptPii, last4 } from "@/lib/crypto/pii";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { districtRefusal } from "@/lib/organisations/districts";
import { recordBankAccountChange } from "@/lib/grants/payments/record-bank-account-change";
import { profileSchema, type ProfileInput } from "@/lib/schemas/profile";
import type { OrganisationActor } from "@/lib/auth/actors";

/**
 * Saves the organisation's details. The credit code (and with it whether the organisation is in
 * Nanchang) never changes here; the district must agree with it. A new bank account number is
 * stored encrypted with its last four digits beside it; the audit entry records only that it changed.
 * A changed account may hold the organisation's unpaid grants until a reviewer confirms it
 * (lib/grants/payments/record-bank-account-change.ts); the returned e-mails tell its members.
 */
export async function updateOrganisationProfile(prisma: PrismaClient, actor: OrganisationActor, data: z.output<typeof profileSchema>) {
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: actor.organisationId } });
    if (!organisation) throw new NotFoundError();
    const refusal = districtRefusal(organisation.creditCode, data.district, await readCityDistricts(tx));
    if (refusal) throw new DomainError(refusal.code, "district", refusal.params);
    if ((data.bankAccountName || data.bankName) && !data.bankAccount && !organisation.bankAccountEnc) {
      throw new DomainError("required", "bankAccount");
    }
    const updated = await tx.organisation.update({
      where: { id: organisation.id },
      data: {
        nameZh: data.nameZh,
        nameEn: data.nameEn ?? null,
        district: data.district,
        address: data.address,
        contactName: data.contactName,
        contactPhone: data.contactPhone,
        contactEmail: data.contactEmail,
        bankAccountName: data.bankAccountName ?? null,
        bankName: data.bankName ?? null,
        ...(data.bankAccount ? { bankAccountEnc: encryptPii(data.bankAccount), bankAccountLast4: last4(data.bankAccount) } : {}),
      },
    });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "organisation.update-profile",
      targetType: "Organisation",
      targetId: organisation.id,
      result: "success",
      details: { bankAccountChanged: !!data.bankAccount },
    });
    const emails = data.bankAccount
      ? await recordBankAccountChange(tx, {
          payee: { organisationId: organisation.id },
          notifyOrganisationId: organisation.id,
          payeeName: updated.nameZh,
          actor,
          previous: organisation,
          next: { bankName: updated.bankName, bankAccount: data.bankAccount },
        })
      : [];
    return { ...updated, emails };
  });
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs updateOrganisationProfile. */
export async function updateOrganisationProfileFromInput(prisma: PrismaClient, actor: OrganisationActor, input: ProfileInput) {
  return updateOrganisationProfile(prisma, actor, profileSchema.parse(input));
}
