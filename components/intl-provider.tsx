"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import type { ReactNode } from "react";
import { DATE_FORMATS } from "@/lib/i18n/date-formats";
import { missingMessageFallback } from "@/lib/i18n/missing-message";

/** The client side of next-intl, with the same visible marker for a missing message as the server. */
export function IntlProvider({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone="Asia/Shanghai"
      formats={DATE_FORMATS}
      getMessageFallback={missingMessageFallback}
      onError={(error) => console.error(`i18n: ${error.code} ${error.message}`)}
    >
      {children}
    </NextIntlClientProvider>
  );
}
