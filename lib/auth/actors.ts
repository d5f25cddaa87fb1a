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

/** A member acting for its organisation: every query is scoped by organisationId; its policy is its city's. */
export interface OrganisationActor extends Actor {
  organisationId: string;
  /** The organisation's city (whose policy evaluates its claims), carried so that no operation reads it again. */
  cityId: string;
}

/**
 * A member of one city's bureau. Every record a staff member reads or changes is looked up with
 * this city in its `where`: another city's claim, batch or account is "not found", exactly as
 * another organisation's record is for an applicant (issue 22).
 */
export interface StaffActor extends Actor {
  cityId: string;
}

/** What a read on an organisation's behalf is scoped by: the organisation, and its city's policy. */
export type OrganisationScope = Pick<OrganisationActor, "organisationId" | "cityId">;

/** A bureau member acting on a claim, a notice item or a payment batch. */
export interface Reviewer extends StaffActor {
  canReleasePayments?: boolean;
}

/** An administrator managing accounts, budgets and policy of their city. */
export type Administrator = StaffActor;

/**
 * The province's administrator: acts on the set of cities (creates one with its first
 * administrator) and reads only cross-city totals. No city: nothing city-scoped is theirs to open.
 */
export interface ProvinceAdministrator extends Actor {
  role: "PROVINCE_ADMINISTRATOR";
}

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
  if (user.role !== MEMBER_ROLE[kind] || user.organisationKind !== kind || !user.organisationId || !user.cityId) {
    throw new DomainError("forbidden");
  }
  return { id: user.id, role: user.role, organisationId: user.organisationId, cityId: user.cityId };
}

// A staff account always has a city (CHECK "User_staff_city"); the guard keeps a broken row from acting everywhere.
export function reviewerOf(user: CurrentUser): Reviewer {
  if (user.role !== "REVIEWER" || !user.cityId) throw new DomainError("forbidden");
  return { id: user.id, role: user.role, cityId: user.cityId, canReleasePayments: user.canReleasePayments };
}

export function administratorOf(user: CurrentUser): Administrator {
  if (user.role !== "ADMINISTRATOR" || !user.cityId) throw new DomainError("forbidden");
  return { id: user.id, role: user.role, cityId: user.cityId };
}

/** A bureau member of either role, acting on its own account's city (the switcher). */
export function staffOf(user: CurrentUser): StaffActor {
  if ((user.role !== "REVIEWER" && user.role !== "ADMINISTRATOR") || !user.cityId || user.organisationId) throw new DomainError("forbidden");
  return { id: user.id, role: user.role, cityId: user.cityId };
}

export function provinceAdministratorOf(user: CurrentUser): ProvinceAdministrator {
  if (user.role !== "PROVINCE_ADMINISTRATOR" || user.cityId || user.organisationId) throw new DomainError("forbidden");
  return { id: user.id, role: user.role };
}

export function accountHolderOf(user: CurrentUser): AccountHolder {
  return { id: user.id, role: user.role, sessionId: user.sessionId };
}
