import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProvinceAdministrator } from "@/lib/auth/actors";
import { inCityTransaction } from "@/lib/db/city-scope";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { deletePostHeldElsewhere } from "./delete-post-held-elsewhere";
import { staffPostRefSchema, type StaffPostRefInput } from "@/lib/schemas/staff-post";

/**
 * The province administrator takes a post back. Only a post the account is not acting in: while
 * it acts in that city, the city's own administrators manage it there (disable it, change its
 * role), and the account switches away first. Recorded in the post's city's log.
 */
export async function revokeStaffPost(prisma: PrismaClient, actor: ProvinceAdministrator, input: StaffPostRefInput) {
  if (actor.role !== "PROVINCE_ADMINISTRATOR") throw new DomainError("forbidden");
  const { postId } = staffPostRefSchema.parse(input);
  const post = await prisma.staffPost.findUnique({ where: { id: postId }, select: { cityId: true } });
  if (!post) throw new NotFoundError();
  return inCityTransaction(prisma, post.cityId, (tx) => deletePostHeldElsewhere(tx, actor, postId, post.cityId));
}
