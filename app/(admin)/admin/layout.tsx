import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/current-user";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireRole("ADMINISTRATOR");
  return <AppShell user={user}>{children}</AppShell>;
}
