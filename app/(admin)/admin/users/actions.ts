"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { paymentRoleRequestSchema, roleGrantRefSchema } from "@/lib/schemas/role-grant";
import { staffUserSchema } from "@/lib/schemas/staff-user";
import { cancelRoleGrant } from "@/lib/users/cancel-role-grant";
import { confirmRoleGrant } from "@/lib/users/confirm-role-grant";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { requestPaymentRole } from "@/lib/users/request-payment-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { staffPostRefSchema } from "@/lib/schemas/staff-post";
import { takeBackCityPost } from "@/lib/users/staff-posts/take-back-city-post";

export const createStaffUserAction = adminAction(staffUserSchema, async (input, { actor }) => {
  await createStaffUser(getPrisma(), actor, input);
  revalidatePath("/admin/users");
  return undefined;
});

const setUserDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });

export const setUserDisabledAction = adminAction(setUserDisabledSchema, async (input, { actor }) => {
  await setUserDisabled(getPrisma(), actor, input.userId, input.disabled);
  revalidatePath("/admin/users");
  return undefined;
});

/** Second administrator's confirmation of a bureau role (lib/users/confirm-role-grant.ts). */
export const confirmRoleGrantAction = adminAction(roleGrantRefSchema, async (input, { actor }) => {
  await confirmRoleGrant(getPrisma(), actor, input);
  revalidatePath("/admin/users");
  return undefined;
});

export const cancelRoleGrantAction = adminAction(roleGrantRefSchema, async (input, { actor }) => {
  await cancelRoleGrant(getPrisma(), actor, input);
  revalidatePath("/admin/users");
  return undefined;
});

export const requestPaymentRoleAction = adminAction(paymentRoleRequestSchema, async (input, { actor }) => {
  await requestPaymentRole(getPrisma(), actor, input);
  revalidatePath("/admin/users");
  return undefined;
});

export const takeBackCityPostAction = adminAction(staffPostRefSchema, async (input, { actor }) => {
  await takeBackCityPost(getPrisma(), actor, input);
  revalidatePath("/admin/users");
});
