"use server";

import { revalidatePath } from "next/cache";
import { provinceAction } from "@/lib/actions/action-client";
import { createCity } from "@/lib/cities/create-city";
import { getPrisma } from "@/lib/db";
import { newCitySchema } from "@/lib/schemas/new-city";

export const createCityAction = provinceAction(newCitySchema, async (input, { actor }) => {
  const { city, administrator } = await createCity(getPrisma(), actor, input);
  revalidatePath("/province");
  return { cityNameZh: city.nameZh, cityNameEn: city.nameEn, email: administrator.email };
});
