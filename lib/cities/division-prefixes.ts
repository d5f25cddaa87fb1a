/**
 * The first of `prefixes` that overlaps one of `taken`, or null. Two prefixes overlap when one
 * begins the other ("3601" and "360121"): some credit code would then belong to both cities.
 */
export function overlappingPrefix(prefixes: readonly string[], taken: readonly string[]): string | null {
  return prefixes.find((prefix) => taken.some((other) => prefix.startsWith(other) || other.startsWith(prefix))) ?? null;
}
