import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import { hashPassword } from "@/lib/auth/password";
import { isNanchangCreditCode } from "@/lib/eligibility";
import { DomainError, isUniqueViolation } from "@/lib/errors/domain-error";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/sign-up";
import { findCityForCreditCode } from "@/lib/cities/find-city";
import { readCityDistricts } from "@/lib/cities/load-city-districts";
import { districtRefusal } from "@/lib/organisations/districts";
import { servedCitiesText } from "@/lib/cities/served-cities-text";

/**
 * Self-service sign-up: an enterprise or training institution and its first user, created
 * together or not at all. A credit code with an open registration, or an e-mail already
 * registered, is refused at its field.
 */
export async function registerOrganisation(prisma: PrismaClient, data: z.output<typeof signUpSchema>, ipAddress: string | null = null) {

  const [codeTaken, emailTaken] = await Promise.all([
    // An open registration of the code refuses; a closed one (the organisation moved away, or
    // left and comes back) does not: this is its new registration (docs/design/several-cities.md).
    prisma.organisation.findUnique({ where: { openCreditCode: data.creditCode }, select: { id: true } }),
    prisma.user.findUnique({ where: { email: data.email }, select: { id: true } }),
  ]);
  if (codeTaken) throw new DomainError("creditCodeTaken", "creditCode");
  if (emailTaken) throw new DomainError("emailTaken", "email");
  const cityId = await findCityForCreditCode(prisma, data.creditCode);
  if (!cityId) throw new DomainError("creditCodeOutsideCities", "creditCode", { cities: await servedCitiesText(prisma) });
  // Where the organisation is comes from its credit code's region, so the district must agree
  // (the city's list as it is now: a city added a moment ago takes sign-ups at once).
  const districtMismatch = districtRefusal(data.creditCode, data.district, await readCityDistricts(prisma));
  if (districtMismatch) throw new DomainError(districtMismatch.code, "district", districtMismatch.params);

  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          kind: data.kind,
          cityId,
          nameZh: data.nameZh,
          nameEn: data.nameEn ?? null,
          creditCode: data.creditCode,
          regionCode: data.creditCode.slice(2, 8),
          inNanchang: isNanchangCreditCode(data.creditCode),
          district: data.district,
          address: data.address,
          contactName: data.contactName,
          contactPhone: data.contactPhone,
          contactEmail: data.email,
        },
      });
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.userName,
          passwordHash,
          role: data.kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER",
          organisationId: organisation.id,
        },
      });
      await appendAuditEntry(tx, {
        actorId: user.id,
        actorRole: user.role,
        action: "organisation.register",
        targetType: "Organisation",
        targetId: organisation.id,
        result: "success",
        details: { kind: data.kind },
        ipAddress,
      });
      return { organisation, user };
    });
  } catch (error) {
    // Two sign-ups racing for the same code or e-mail: the unique index decides.
    if (isUniqueViolation(error, "openCreditCode")) throw new DomainError("creditCodeTaken", "creditCode");
    if (isUniqueViolation(error, "email")) throw new DomainError("emailTaken", "email");
    throw error;
  }
}

/** For the seed, scripts and tests: parses raw input with the form's schema (as the action client does), then runs registerOrganisation. */
export async function registerOrganisationFromInput(prisma: PrismaClient, input: SignUpInput, ipAddress: string | null = null) {
  return registerOrganisation(prisma, signUpSchema.parse(input), ipAddress);
}
