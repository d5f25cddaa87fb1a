const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The eligibility module keeps calendar days in its messages as `YYYY-MM-DD` (a decision is
 * stored as decided and re-rendered later in either language); at the moment of display each
 * such parameter becomes the reader's date text. Other parameters pass through unchanged.
 * A day is read as midnight in China Standard Time, the zone every page formats in.
 */
export function localiseDayParams(
  params: Readonly<Record<string, unknown>> | undefined,
  formatDay: (day: Date) => string,
): Record<string, string> {
  const localised: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const text = String(value);
    const day = ISO_DAY.test(text) ? new Date(`${text}T00:00:00+08:00`) : null;
    localised[name] = day && !Number.isNaN(day.getTime()) ? formatDay(day) : text;
  }
  return localised;
}

type LocalisedText = { readonly messageKey: string; readonly messageParams?: Readonly<Record<string, unknown>> };

/**
 * One eligibility message to text: the translator of the "eligibility" namespace and a
 * next-intl formatter (server or client), with its calendar days in the named "date" format.
 */
export function eligibilityTextWith(
  translate: (key: never, params: never) => string,
  format: { dateTime(value: Date, formatName: "date"): string },
): (message: LocalisedText) => string {
  return (message) => translate(message.messageKey as never, localiseDayParams(message.messageParams, (day) => format.dateTime(day, "date")) as never);
}
