import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who reads a claim's printout: the organisation that filed it, or the bureau of the claim's city.
 * Either one goes into the claim's `where`, so anyone else's claim is simply not found.
 */
export type ClaimReader = { organisationId: string } | { cityId: string };

export function offshoreClaimReaderWhere(reader: ClaimReader): Prisma.OffshoreClaimWhereInput {
  return "organisationId" in reader ? { organisationId: reader.organisationId } : { cityId: reader.cityId };
}

export function trainingClaimReaderWhere(reader: ClaimReader): Prisma.TrainingClaimWhereInput {
  return "organisationId" in reader ? { institutionId: reader.organisationId } : { cityId: reader.cityId };
}
