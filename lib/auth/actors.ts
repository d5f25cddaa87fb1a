import type { OrganisationKind, Role } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { CurrentUser } from "./current-user";

/**
 * Who is acting, as domain operations take it. The signed-in user (CurrentUser) carries the whole
 * session; an operation takes only what it scopes its queries by and what the audit entry
 * records, so a script or test can act without a session. Built from the user by the role-bound
 * action clients (lib/actions/action-client.ts), never from request input.
 */
export interface Actor {
  id: string;
  role: Role;
}

/** A member acting for its organisation: every query is scoped by organisationId. */
export interface OrganisationActor extends Actor {
  organisationId: string;
}

/** A bureau member acting on a claim, a notice item or a payment batch. */
export interface Reviewer extends Actor {
  canReleasePayments?: boolean;
}

/** An administrator managing accounts and budgets. */
export type Administrator = Actor;

/** Any signed-in user acting on its own account, in its own session. */
export interface AccountHolder extends Actor {
  sessionId: string;
}

/** The seed and set-up scripts, which create the first staff accounts before anyone can sign in. */
export interface SystemActor {
  id: null;
  role: "SYSTEM";
}

const MEMBER_ROLE: Record<OrganisationKind, Role> = { ENTERPRISE: "ENTERPRISE_MEMBER", TRAINING_INSTITUTION: "INSTITUTION_MEMBER" };

/**
 * The acting member of an organisation of the given kind: an enterprise member cannot act for an
 * institution through the institution's actions, nor the reverse.
 */
export function organisationActor(user: CurrentUser, kind: OrganisationKind): OrganisationActor {
  if (user.role !== MEMBER_ROLE[kind] || user.organisationKind !== kind || !user.organisationId) {
    throw new DomainError("forbidden");
  }
  return { id: user.id, role: user.role, organisationId: user.organisationId };
}

export function reviewerOf(user: CurrentUser): Reviewer {
  if (user.role !== "REVIEWER") throw new DomainError("forbidden");
  return { id: user.id, role: user.role, canReleasePayments: user.canReleasePayments };
}

export function administratorOf(user: CurrentUser): Administrator {
  if (user.role !== "ADMINISTRATOR") throw new DomainError("forbidden");
  return { id: user.id, role: user.role };
}

export function accountHolderOf(user: CurrentUser): AccountHolder {
  return { id: user.id, role: user.role, sessionId: user.sessionId };
}
