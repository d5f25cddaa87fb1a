import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The calculator's form and result render in the browser: they need their labels and the validation messages there. */
export default function CalculatorLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="calculator">{children}</ClientMessages>;
}
