import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/current-user";

export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("REVIEWER");
  return <AppShell user={user}>{children}</AppShell>;
}
