import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The signed-in user's own account pages: their forms' messages (lib/i18n/client-namespaces.ts). */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="(account)">{children}</ClientMessages>;
}
