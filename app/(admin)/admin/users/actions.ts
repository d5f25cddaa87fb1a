"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { staffUserSchema } from "@/lib/schemas/staff-user";
import { createStaffUser } from "@/lib/users/create-staff-user";
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
