import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import type { OrganisationKind, Role } from "@/lib/generated/prisma/client";
import {
  administratorOf,
  provinceAdministratorOf,
  reviewerOf,
  type Administrator,
  type OrganisationScope,
  type ProvinceAdministrator,
  type Reviewer,
} from "./actors";
import { authOptions } from "./options";
import { isSessionActive, needsTouch } from "./session-policy";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  canReleasePayments: boolean;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  organisationName: string | null;
  /** The city the user acts in: a staff member's bureau, or the member's organisation's city. */
  cityId: string | null;
  sessionId: string;
}

/**
 * The signed-in user of this request, or null. The cookie only names a session; the session
 * row decides, so a logout or revocation on any instance takes effect on the next request.
 * Cached per request (React cache), so a page and its layout share one look-up.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const sid = session?.sid;
  if (!sid) return null;
  const prisma = getPrisma();
  const row = await prisma.session.findUnique({
    where: { id: sid },
    include: { user: { include: { organisation: { select: { kind: true, nameZh: true, cityId: true } } } } },
  });
  const now = new Date();
  if (!row || !isSessionActive(row, now) || row.user.disabledAt) return null;
  if (needsTouch(row, now)) {
    await prisma.session.update({ where: { id: sid }, data: { lastSeenAt: now } });
  }
  const { user } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    canReleasePayments: user.canReleasePayments,
    organisationId: user.organisationId,
    organisationKind: user.organisation?.kind ?? null,
    organisationName: user.organisation?.nameZh ?? null,
    cityId: user.cityId ?? user.organisation?.cityId ?? null,
    sessionId: row.id,
  };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** A signed-in user of another role gets 403; a signed-out visitor goes to the login page. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** A reviewer's page: the reviewer as the operations take it, with the city every read is scoped by. */
export async function requireReviewer(): Promise<Reviewer> {
  return reviewerOf(await requireRole("REVIEWER"));
}

/** The province administrator's page (cross-city totals, new cities). */
export async function requireProvinceAdministrator(): Promise<ProvinceAdministrator> {
  return provinceAdministratorOf(await requireRole("PROVINCE_ADMINISTRATOR"));
}

/** An administrator's page: the administrator with the city every read is scoped by. */
export async function requireAdministrator(): Promise<Administrator> {
  return administratorOf(await requireRole("ADMINISTRATOR"));
}

/** An applicant acting for its organisation: the organisation id every query is scoped by. */
export async function requireOrganisationMember(kind: OrganisationKind): Promise<CurrentUser & OrganisationScope> {
  const user = await requireRole(kind === "ENTERPRISE" ? "ENTERPRISE_MEMBER" : "INSTITUTION_MEMBER");
  // A member's city is its organisation's (CurrentUser.cityId), so it is there whenever the organisation is.
  if (!user.organisationId || !user.cityId || user.organisationKind !== kind) forbidden();
  return user as CurrentUser & OrganisationScope;
}

export function homePathFor(role: Role): string {
  switch (role) {
    case "ENTERPRISE_MEMBER":
      return "/enterprise";
    case "INSTITUTION_MEMBER":
      return "/institution";
    case "REVIEWER":
      return "/review";
    case "ADMINISTRATOR":
      return "/admin";
    case "PROVINCE_ADMINISTRATOR":
      return "/province";
  }
}
