import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { requireOrganisationMember } from "@/lib/auth/current-user";

export default async function EnterpriseLayout({ children }: { children: ReactNode }) {
  const user = await requireOrganisationMember("ENTERPRISE");
  return (
    // Client components in this group get these messages only: lib/i18n/client-namespaces.ts.
    <ClientMessages group="(enterprise)">
      <AppShell user={user}>{children}</AppShell>
    </ClientMessages>
  );
}
