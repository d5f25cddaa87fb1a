"use server";

import { revalidatePath } from "next/cache";
import { provinceAction } from "@/lib/actions/action-client";
import { createCity } from "@/lib/cities/create-city";
import { updateCity } from "@/lib/cities/update-city";
import { cityDetailsSchema } from "@/lib/schemas/city-details";
import { getPrisma } from "@/lib/db";
import { newCitySchema } from "@/lib/schemas/new-city";
import { grantStaffPostSchema, staffPostRefSchema } from "@/lib/schemas/staff-post";
import { grantStaffPost } from "@/lib/users/staff-posts/grant-staff-post";
import { revokeStaffPost } from "@/lib/users/staff-posts/revoke-staff-post";

export const createCityAction = provinceAction(newCitySchema, async (input, { actor }) => {
  const { city, administrator } = await createCity(getPrisma(), actor, input);
  revalidatePath("/province");
  return { cityNameZh: city.nameZh, cityNameEn: city.nameEn, email: administrator.email };
});

export const grantStaffPostAction = provinceAction(grantStaffPostSchema, async (input, { actor }) => {
  await grantStaffPost(getPrisma(), actor, input);
  revalidatePath("/province");
});

export const revokeStaffPostAction = provinceAction(staffPostRefSchema, async (input, { actor }) => {
  await revokeStaffPost(getPrisma(), actor, input);
  revalidatePath("/province");
});

export const updateCityAction = provinceAction(cityDetailsSchema, async (input, { actor }) => {
  await updateCity(getPrisma(), actor, input);
  revalidatePath("/province");
  revalidatePath(`/province/cities/${input.cityId}`);
});
