import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/auth/navigation";
import { getPrisma } from "@/lib/db";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { listSwitchableCities } from "@/lib/users/staff-posts/list-switchable-cities";
import { CitySwitcher } from "./city-switcher";
import { SignOutButton } from "./sign-out-button";
import { SiteHeader } from "./site-header";

/** The signed-in frame: the role's navigation, who is signed in, and the page. */
export async function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const [t, errors] = await Promise.all([getTranslations("nav"), getTranslations("errors")]);
  const items = navigationFor(user);
  const unread = await countUnreadNotifications(getPrisma(), user.id);
  // Staff act for one city's bureau: the header names it (applicants see their organisation).
  const city = !user.organisationId && user.cityId ? await getPrisma().city.findUnique({ where: { id: user.cityId }, select: { nameZh: true, nameEn: true } }) : null;
  const english = (await getLocale()) === "en";
  const cityName = city ? (english ? city.nameEn : city.nameZh) : null;
  // A staff account with posts in other cities (rare: a vendor's) switches explicitly, here.
  const otherCities = city && user.cityId ? await listSwitchableCities(getPrisma(), user.id, user.cityId) : [];
  return (
    <>
      <SiteHeader>
        <span className="text-sm" data-testid="signed-in-as">
          {user.name}
          {user.organisationName ? ` · ${user.organisationName}` : ` · ${t(`role.${user.role}`)}`}
          {cityName ? <span data-testid="staff-city">{` · ${cityName}`}</span> : null}
        </span>
        {otherCities.length > 0 ? (
          <CitySwitcher
            groupLabel={t("switchCity")}
            cities={otherCities.map((post) => ({ id: post.cityId, label: t("switchTo", { city: english ? post.city.nameEn : post.city.nameZh, role: t(`role.${post.role}`) }) }))}
            refusals={{ roleGrantPending: errors("roleGrantPending"), notFound: errors("notFound"), unexpected: errors("unexpected") }}
          />
        ) : null}
        <Link href="/inbox" className="text-sm text-white underline" aria-label={t("inboxUnread", { count: unread })} data-testid="inbox-link">
          {t("inbox")}
          {unread > 0 ? (
            <span className="ml-1 rounded-full bg-white px-2 text-xs font-semibold text-brand-800 no-underline" data-testid="unread-count">
              {unread}
            </span>
          ) : null}
        </Link>
        <Link href="/account" className="text-sm text-white underline">
          {t("account")}
        </Link>
        <SignOutButton />
      </SiteHeader>
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t("label")} className="no-print md:w-56 md:shrink-0">
          <ul className="flex flex-row flex-wrap gap-2 md:flex-col">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-3 py-2 text-brand-800 hover:bg-brand-50">
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
