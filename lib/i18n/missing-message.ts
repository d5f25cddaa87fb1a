/**
 * What a missing message renders as: a visible marker instead of a plausible-looking key, so
 * the language tests (and a user) can spot it. Missing keys are also logged on the server.
 */
export const MISSING_MESSAGE_MARK = "⟦missing⟧";

export function missingMessageFallback({ namespace, key }: { namespace?: string; key: string }): string {
  return `${MISSING_MESSAGE_MARK} ${namespace ? `${namespace}.` : ""}${key}`;
}
