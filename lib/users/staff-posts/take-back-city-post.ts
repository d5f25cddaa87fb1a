import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Administrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError } from "@/lib/errors/domain-error";
import { deletePostHeldElsewhere } from "./delete-post-held-elsewhere";
import { staffPostRefSchema, type StaffPostRefInput } from "@/lib/schemas/staff-post";

/**
 * A city's administrator takes back the city's post from an account working in another city now:
 * the account cannot switch back (issue 22). The city keeps control of who works in it even while
 * the account is away; an account working in the city is managed on the staff list as any other
 * (disabled, its roles changed). Another city's post is not found.
 */
export async function takeBackCityPost(prisma: PrismaClient, actor: Administrator, input: StaffPostRefInput) {
  if (actor.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  const { postId } = staffPostRefSchema.parse(input);
  return inCityTransaction(prisma, actor.cityId, (tx) => deletePostHeldElsewhere(tx, actor, postId, actor.cityId, { byCity: true }));
}
