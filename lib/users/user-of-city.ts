import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The accounts a city's administrator manages: its own bureau's staff (User.cityId) and the
 * members of the organisations registered in the city. Another city's account is not found.
 */
export function userOfCityWhere(cityId: string): Prisma.UserWhereInput {
  return { OR: [{ cityId }, { organisation: { is: { cityId } } }] };
}
