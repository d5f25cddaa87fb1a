"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/action-client";
import { getPrisma } from "@/lib/db";
import { staffUserSchema } from "@/lib/schemas/staff-user";
import { createStaffUser } from "@/lib/users/create-staff-user";

export const createStaffUserAction = authedAction(["ADMINISTRATOR"], staffUserSchema, async (input, { user }) => {
  await createStaffUser(getPrisma(), { id: user.id, role: user.role }, input);
  revalidatePath("/admin/users");
  return undefined;
});
