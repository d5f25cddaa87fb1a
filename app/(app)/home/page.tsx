import { redirect } from "next/navigation";
import { homePathFor, requireUser } from "@/lib/auth/current-user";

/** Where login lands: each role's own start page. */
export default async function HomeRedirect() {
  const user = await requireUser();
  redirect(homePathFor(user.role));
}
