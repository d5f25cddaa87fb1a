import type { CurrentUser } from "@/lib/auth/current-user";
import { organisationActor } from "./organisation-actor";

/** The acting member of an enterprise, as domain operations take it; anyone else may not act for one. */
export function enterpriseActor(user: CurrentUser): { id: string; role: string; organisationId: string } {
  return organisationActor(user, "ENTERPRISE");
}
