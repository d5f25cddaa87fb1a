import type { CurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors/domain-error";

/** The acting member of an enterprise, as domain operations take it; anyone else may not act for one. */
export function enterpriseActor(user: CurrentUser): { id: string; role: string; organisationId: string } {
  if (user.role !== "ENTERPRISE_MEMBER" || user.organisationKind !== "ENTERPRISE" || !user.organisationId) {
    throw new DomainError("forbidden");
  }
  return { id: user.id, role: user.role, organisationId: user.organisationId };
}
