import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** Sign-in, sign-up and invitation pages: their forms' messages (lib/i18n/client-namespaces.ts). */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="(auth)">{children}</ClientMessages>;
}
