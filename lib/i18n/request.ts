import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DATE_FORMATS } from "./date-formats";
import { loadMessages } from "./load-messages";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { missingMessageFallback } from "./missing-message";

// No locale in the URL: the portal's addresses stay the same in both languages and the
// switcher's choice is remembered in a cookie. zh-CN unless the user chose otherwise.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: "Asia/Shanghai",
    // Named formats for every page: `format.dateTime(value, "date")` for a day (a database date
    // or the day of a moment), `"dateTime"` for a moment to the minute, both in the reader's language.
    formats: DATE_FORMATS,
    getMessageFallback: missingMessageFallback,
    onError(error) {
      console.error(`i18n: ${error.code} ${error.message}`);
    },
  };
});
