/**
 * A validation message that names what is wrong ("2027-13-01 is not a date"): the message key of
 * the "validation" namespace with the values of its placeholders, as "key?name=value&…". zod and
 * the server action carry it as the one string they carry; components/form-field.tsx splits it
 * again to translate. A plain key has no "?" and means itself.
 */
export function messageWithValues(key: string, values: Record<string, string | number>): string {
  return `${key}?${new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)])).toString()}`;
}

export function splitMessage(message: string): { key: string; values: Record<string, string> } {
  const at = message.indexOf("?");
  if (at < 0) return { key: message, values: {} };
  return { key: message.slice(0, at), values: Object.fromEntries(new URLSearchParams(message.slice(at + 1))) };
}
