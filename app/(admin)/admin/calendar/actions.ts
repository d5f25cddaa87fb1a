"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions/action-client";
import { saveCalendarYear } from "@/lib/calendar/save-calendar-year";
import { getPrisma } from "@/lib/db";
import { calendarYearSchema } from "@/lib/schemas/calendar-year";

export const saveCalendarYearAction = adminAction(calendarYearSchema, async (input, { actor }) => {
  await saveCalendarYear(getPrisma(), actor, input);
  revalidatePath("/admin", "layout");
  return { year: input.year };
});
