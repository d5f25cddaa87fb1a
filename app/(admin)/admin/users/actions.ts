"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { staffUserSchema } from "@/lib/schemas/staff-user";
import { createStaffUser } from "@/lib/users/create-staff-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

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
