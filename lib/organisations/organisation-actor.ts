import type { CurrentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors/domain-error";
import type { OrganisationKind } from "@/lib/generated/prisma/client";

const MEMBER_ROLE: Record<OrganisationKind, string> = { ENTERPRISE: "ENTERPRISE_MEMBER", TRAINING_INSTITUTION: "INSTITUTION_MEMBER" };

/**
 * The acting member of an organisation of the given kind, as domain operations take it: an
 * enterprise member cannot act for an institution through the institution's actions, nor the reverse.
 */
export function organisationActor(user: CurrentUser, kind: OrganisationKind): { id: string; role: string; organisationId: string } {
  if (user.role !== MEMBER_ROLE[kind] || user.organisationKind !== kind || !user.organisationId) {
    throw new DomainError("forbidden");
  }
  return { id: user.id, role: user.role, organisationId: user.organisationId };
}
