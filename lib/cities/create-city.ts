import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { hashPassword } from "@/lib/auth/password";
import { BUILT_IN_POLICY_VERSIONS, dbDateFromIsoDate, policyVersionToRow } from "@/lib/eligibility";
import { DomainError, isUniqueViolation } from "@/lib/errors/domain-error";
import { earliestEffectiveDate } from "@/lib/policy/effective-date-rule";
import { loadEffectiveDateFacts } from "@/lib/policy/load-effective-date-facts";
import { newCitySchema, type NewCity, type NewCityInput } from "@/lib/schemas/new-city";
import { overlappingPrefix } from "./division-prefixes";
import { clearCityDistrictCache } from "./load-city-districts";

/**
 * The province administrator adds a city to the deployment (issue 22, slice 5), in one
 * transaction with everything it needs to start: its first administrator (active: the province is
 * the city's root of trust, as the seed is the demo's; staff the administrator adds later go
 * through the usual four-eyes grant), and a policy draft holding the built-in rule's numbers for
 * that administrator to adapt and publish (nothing is decided under a draft), and its districts, so
 * that its applicants can sign up at once. Its division codes may not overlap another city's: a
 * credit code must lead to one city only.
 */
export async function createCity(prisma: PrismaClient, actor: ProvinceAdministrator, data: NewCity, now: Date = new Date()) {
  if (actor.role !== "PROVINCE_ADMINISTRATOR") throw new DomainError("forbidden");
  const passwordHash = await hashPassword(data.administratorPassword);
  try {
    const created = await prisma.$transaction(async (tx) => {
      // Two cities created at once must not both pass the overlap check: one waits for the other.
      await tx.$executeRaw`LOCK TABLE "City" IN SHARE ROW EXCLUSIVE MODE`;
      const existing = await tx.city.findMany({ select: { id: true, nameZh: true, nameEn: true, divisionPrefixes: true } });
      for (const other of existing) {
        const clash = overlappingPrefix(data.divisionPrefixes, other.divisionPrefixes);
        if (clash) throw new DomainError("divisionPrefixTaken", "divisionPrefixes", { prefix: clash, city: other.nameZh, cityEn: other.nameEn });
      }
      if (await tx.city.findUnique({ where: { id: data.cityId }, select: { id: true } })) throw new DomainError("cityIdTaken", "cityId");
      if (await tx.user.findUnique({ where: { email: data.administratorEmail }, select: { id: true } })) throw new DomainError("emailTaken", "administratorEmail");
      const city = await tx.city.create({
        data: {
          id: data.cityId,
          nameZh: data.nameZh,
          nameEn: data.nameEn,
          divisionPrefixes: data.divisionPrefixes,
          bureauNameZh: data.bureauNameZh,
          bureauNameEn: data.bureauNameEn,
          mailFrom: data.mailFrom ?? null,
        },
      });
      await tx.cityDistrict.createMany({ data: data.districts.map((d, index) => ({ ...d, cityId: city.id, position: index + 1 })) });
      const administrator = await tx.user.create({
        data: { cityId: city.id, email: data.administratorEmail, name: data.administratorName, passwordHash, role: "ADMINISTRATOR" },
      });
      const template = BUILT_IN_POLICY_VERSIONS.at(-1)!;
      const draft = await tx.policyVersion.create({
        data: {
          ...policyVersionToRow(template),
          id: crypto.randomUUID(),
          status: "DRAFT",
          cityId: city.id,
          nameZh: `${data.nameZh}服务外包扶持政策（草案）`,
          nameEn: `${data.nameEn} service-outsourcing support policy (draft)`,
          effectiveFrom: dbDateFromIsoDate(earliestEffectiveDate(await loadEffectiveDateFacts(tx, city.id, now))),
          effectiveTo: null,
          basedOnId: null,
          draftedById: actor.id,
          lastEditedById: actor.id,
        },
      });
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "city.create",
        targetType: "City",
        targetId: city.id,
        result: "success",
        details: { divisionPrefixes: data.divisionPrefixes, districts: data.districts.map((d) => d.code), administratorId: administrator.id, policyDraftId: draft.id, mailFrom: data.mailFrom ?? null },
      });
      await appendAuditEntry(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        action: "user.create-staff",
        targetType: "User",
        targetId: administrator.id,
        result: "success",
        details: { role: "ADMINISTRATOR", cityId: city.id, firstOfCity: true },
      });
      return { city, administrator, policyDraftId: draft.id };
    });
    // The sign-up form lists the new city's districts from now on (other instances: within the cache's lifetime).
    clearCityDistrictCache();
    return created;
  } catch (error) {
    // Taken between the checks above and the insert (another request): say which, as the checks would have.
    if (!isUniqueViolation(error)) throw error;
    if (await prisma.user.findUnique({ where: { email: data.administratorEmail }, select: { id: true } })) throw new DomainError("emailTaken", "administratorEmail");
    throw new DomainError("cityIdTaken", "cityId");
  }
}

/** For scripts and tests: parses raw input with the form's schema (as the action client does), then runs createCity. */
export async function createCityFromInput(prisma: PrismaClient, actor: ProvinceAdministrator, input: NewCityInput, now?: Date) {
  return createCity(prisma, actor, newCitySchema.parse(input), now);
}
