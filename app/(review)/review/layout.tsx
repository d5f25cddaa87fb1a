import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { requireRole } from "@/lib/auth/current-user";

export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("REVIEWER");
  return (
    // Client components in this group get these messages only: lib/i18n/client-namespaces.ts.
    <ClientMessages group="(review)">
      <AppShell user={user}>{children}</AppShell>
    </ClientMessages>
  );
}
