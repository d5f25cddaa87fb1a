// Named date formats shared by the server's request config and the browser's provider, so
// `format.dateTime(value, "date")` prints the same text on both sides.
export const DATE_FORMATS = {
  dateTime: {
    date: { year: "numeric", month: "long", day: "numeric" },
    dateTime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} as const;
