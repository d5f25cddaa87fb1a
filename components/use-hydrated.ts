"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => undefined;

/**
 * False in the server's HTML and during hydration, true once React runs in the browser (and at
 * once on client-side navigations). Forms disable their fields until then: react-hook-form sets
 * each registered field to its default value when it attaches, so anything typed into the bare
 * HTML would be wiped, and a bare form submitted before hydration would send its fields as a
 * GET query string (a password in the address bar and the server's logs). Action buttons disable
 * themselves too: a click before hydration has no handler to run and would be lost without a trace.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
