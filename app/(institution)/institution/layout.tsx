import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireOrganisationMember } from "@/lib/auth/current-user";

export default async function InstitutionLayout({ children }: { children: ReactNode }) {
  const user = await requireOrganisationMember("TRAINING_INSTITUTION");
  return <AppShell user={user}>{children}</AppShell>;
}
