import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/current-user";
import { ClientMessages } from "@/lib/i18n/client-messages";

export default async function ProvinceLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("PROVINCE_ADMINISTRATOR");
  return (
    // Client components in this group get these messages only: lib/i18n/client-namespaces.ts.
    <ClientMessages group="(province)">
      <AppShell user={user}>{children}</AppShell>
    </ClientMessages>
  );
}
