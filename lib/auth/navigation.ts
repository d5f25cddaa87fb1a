import type { CurrentUser } from "./current-user";

export interface NavItem {
  href: string;
  /** Key of the "nav" namespace. */
  labelKey: string;
}

/** Each role's navigation. Showing a link grants nothing: every page checks access itself. */
export function navigationFor(user: Pick<CurrentUser, "role" | "canReleasePayments">): NavItem[] {
  switch (user.role) {
    case "ENTERPRISE_MEMBER":
      return [
        { href: "/enterprise", labelKey: "overview" },
        { href: "/enterprise/claims", labelKey: "offshoreClaims" },
        { href: "/enterprise/employment", labelKey: "employmentConfirmations" },
        { href: "/enterprise/receipts", labelKey: "fxReceipts" },
        { href: "/enterprise/profile", labelKey: "profile" },
        { href: "/enterprise/colleagues", labelKey: "colleagues" },
        { href: "/enterprise/api-keys", labelKey: "apiKeys" },
      ];
    case "INSTITUTION_MEMBER":
      return [
        { href: "/institution", labelKey: "overview" },
        { href: "/institution/trainees", labelKey: "trainees" },
        { href: "/institution/claims", labelKey: "trainingClaims" },
        { href: "/institution/profile", labelKey: "profile" },
        { href: "/institution/colleagues", labelKey: "colleagues" },
        { href: "/institution/api-keys", labelKey: "apiKeys" },
      ];
    case "REVIEWER":
      return [
        { href: "/review", labelKey: "reviewQueue" },
        { href: "/review/notice", labelKey: "publicNotice" },
        ...(user.canReleasePayments ? [{ href: "/review/payments", labelKey: "payments" }] : []),
        { href: "/review/dashboard", labelKey: "dashboard" },
        { href: "/review/verification", labelKey: "verificationData" },
        { href: "/review/conflicts", labelKey: "conflicts" },
        { href: "/review/organisations", labelKey: "vetting" },
      ];
    case "ADMINISTRATOR":
      return [
        { href: "/admin", labelKey: "overview" },
        { href: "/admin/users", labelKey: "users" },
        { href: "/admin/organisations", labelKey: "organisations" },
        { href: "/admin/dashboard", labelKey: "dashboard" },
        { href: "/admin/budget", labelKey: "budget" },
        { href: "/admin/policy", labelKey: "policy" },
        { href: "/admin/calendar", labelKey: "calendar" },
        { href: "/admin/audit", labelKey: "audit" },
      ];
    case "PROVINCE_ADMINISTRATOR":
      return [{ href: "/province", labelKey: "cities" }];
  }
}
