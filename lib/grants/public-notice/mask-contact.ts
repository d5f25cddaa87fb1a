/**
 * What lists show of an objector's contact: enough to tell two apart, not enough to call or write
 * (the full value is encrypted and shown only when a reviewer opens the objection).
 * Phone: first three and last four digits (138****5678); e-mail: first character of the local part
 * and the domain (z***@example.com).
 */
export function maskContact(kind: "PHONE" | "EMAIL", contact: string): string {
  if (kind === "EMAIL") {
    const at = contact.lastIndexOf("@");
    return `${contact.slice(0, 1)}***${contact.slice(at)}`;
  }
  const digits = contact.replace(/\D/g, "");
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
