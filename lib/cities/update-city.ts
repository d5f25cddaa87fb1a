import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAuditEntry } from "@/lib/audit/append-audit-entry";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { cityDetailsSchema, type CityDetails, type CityDetailsInput } from "@/lib/schemas/city-details";
import { OUTSIDE_NANCHANG } from "@/lib/organisations/districts";
import { clearCityDistrictCache } from "./load-city-districts";

/**
 * The province administrator corrects a city's names, its bureau's names and sender, or its list of
 * districts (issue 22). The list is replaced whole, in the order typed: a district may be renamed,
 * moved or added; one that an organisation of the city names may not be removed (its profile and
 * every print would lose the name). Runs inside the city, so that the audit entry is in the city's
 * own log and the organisations it counts are the city's alone.
 */
export async function updateCity(prisma: PrismaClient, actor: ProvinceAdministrator, data: CityDetails) {
  if (actor.role !== "PROVINCE_ADMINISTRATOR") throw new DomainError("forbidden");
  const existing = await prisma.city.findUnique({ where: { id: data.cityId } });
  if (!existing) throw new NotFoundError();
  const updated = await inCityTransaction(prisma, existing.id, async (tx) => {
    // The row is locked: two corrections at once apply one after the other, each on the other's result.
    await tx.$queryRaw`SELECT "id" FROM "City" WHERE "id" = ${existing.id} FOR UPDATE`;
    const codes = data.districts.map((d) => d.code);
    // "Outside" is no city's district (lib/organisations/districts.ts): an organisation naming it keeps it.
    const stillNamed = await tx.organisation.findFirst({ where: { cityId: existing.id, district: { notIn: [...codes, OUTSIDE_NANCHANG] } }, select: { district: true }, orderBy: { district: "asc" } });
    if (stillNamed) throw new DomainError("cityDistrictInUse", "districts", { code: stillNamed.district });
    const before = await tx.cityDistrict.findMany({ where: { cityId: existing.id }, orderBy: { position: "asc" } });
    const city = await tx.city.update({
      where: { id: existing.id },
      data: { nameZh: data.nameZh, nameEn: data.nameEn, bureauNameZh: data.bureauNameZh, bureauNameEn: data.bureauNameEn, mailFrom: data.mailFrom ?? null },
    });
    // Replaced whole: positions are unique per city, so renumbering in place would collide midway.
    await tx.cityDistrict.deleteMany({ where: { cityId: existing.id } });
    await tx.cityDistrict.createMany({ data: data.districts.map((d, index) => ({ cityId: existing.id, ...d, position: index + 1 })) });
    await appendAuditEntry(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "city.update",
      targetType: "City",
      targetId: existing.id,
      result: "success",
      details: {
        before: { nameZh: existing.nameZh, nameEn: existing.nameEn, bureauNameZh: existing.bureauNameZh, bureauNameEn: existing.bureauNameEn, mailFrom: existing.mailFrom, districts: before.map((d) => `${d.code} ${d.nameZh} ${d.nameEn}`) },
        after: { nameZh: city.nameZh, nameEn: city.nameEn, bureauNameZh: city.bureauNameZh, bureauNameEn: city.bureauNameEn, mailFrom: city.mailFrom, districts: data.districts.map((d) => `${d.code} ${d.nameZh} ${d.nameEn}`) },
      },
    });
    return city;
  });
  clearCityDistrictCache();
  return updated;
}

/** For scripts and tests: parses raw input with the form's schema (as the action client does), then runs updateCity. */
export async function updateCityFromInput(prisma: PrismaClient, actor: ProvinceAdministrator, input: CityDetailsInput) {
  return updateCity(prisma, actor, cityDetailsSchema.parse(input));
}
