import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The public notice page's objection form needs its labels and the validation messages in the browser. */
export default function NoticeLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="notice">{children}</ClientMessages>;
}
