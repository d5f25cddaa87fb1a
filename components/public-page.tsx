import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/** Frame of the pages a visitor sees without signing in. */
export function PublicPage({ children, cityId }: { children: ReactNode; cityId?: string }) {
  return (
    <>
      <SiteHeader cityId={cityId} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
