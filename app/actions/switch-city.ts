"use server";

import { staffAction } from "@/lib/actions/action-client";
import { homePathFor } from "@/lib/auth/current-user";
import { getPrisma } from "@/lib/db";
import { switchCitySchema } from "@/lib/schemas/staff-post";
import { switchCity } from "@/lib/users/staff-posts/switch-city";

/** A staff member with posts in two cities changes the city it acts in; the page then goes to that post's home. */
export const switchCityAction = staffAction(switchCitySchema, async (input, { actor }) => {
  const { role } = await switchCity(getPrisma(), actor, input);
  return { homePath: homePathFor(role) };
});
