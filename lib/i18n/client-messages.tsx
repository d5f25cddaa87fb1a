import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { IntlProvider } from "@/components/intl-provider";
import { clientNamespacesFor, pickNamespaces, type ClientGroup } from "./client-namespaces";

/**
 * The client-side messages for a subtree: the root namespaces plus the route group's own
 * (lib/i18n/client-namespaces.ts says which and why). An inner provider replaces the outer one
 * for its subtree, so a group's provider carries the root namespaces too.
 */
export async function ClientMessages({ group = null, children }: { group?: ClientGroup | null; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <IntlProvider locale={locale} messages={pickNamespaces(messages, clientNamespacesFor(group))}>
      {children}
    </IntlProvider>
  );
}
