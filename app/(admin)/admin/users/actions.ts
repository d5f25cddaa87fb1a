"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { paymentRoleRequestSchema, roleGrantRefSchema } from "@/lib/schemas/role-grant";
import { staffUserSchema } from "@/lib/schemas/staff-user";
import { cancelRoleGrant } from "@/lib/users/cancel-role-grant";
import { confirmRoleGrant } from "@/lib/users/confirm-role-grant";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { requestPaymentRole } from "@/lib/users/request-payment-role";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

export const createStaffUserAction = authedAction(["ADMINISTRATOR"], staffUserSchema, async (input, { user }) => {
  await createStaffUser(getPrisma(), { id: user.id, role: user.role }, input);
  revalidatePath("/admin/users");
  return undefined;
});

const setUserDisabledSchema = z.object({ userId: z.uuid(), disabled: z.boolean() });

export const setUserDisabledAction = authedAction(["ADMINISTRATOR"], setUserDisabledSchema, async (input, { user }) => {
  await setUserDisabled(getPrisma(), { id: user.id, role: user.role }, input.userId, input.disabled);
  revalidatePath("/admin/users");
  return undefined;
});

/** Second administrator's confirmation of a bureau role (lib/users/confirm-role-grant.ts). */
export const confirmRoleGrantAction = authedAction(["ADMINISTRATOR"], roleGrantRefSchema, async (input, { user }) => {
  await confirmRoleGrant(getPrisma(), { id: user.id, role: user.role }, input);
  revalidatePath("/admin/users");
  return undefined;
});

export const cancelRoleGrantAction = authedAction(["ADMINISTRATOR"], roleGrantRefSchema, async (input, { user }) => {
  await cancelRoleGrant(getPrisma(), { id: user.id, role: user.role }, input);
  revalidatePath("/admin/users");
  return undefined;
});

export const requestPaymentRoleAction = authedAction(["ADMINISTRATOR"], paymentRoleRequestSchema, async (input, { user }) => {
  await requestPaymentRole(getPrisma(), { id: user.id, role: user.role }, input);
  revalidatePath("/admin/users");
  return undefined;
});
