"use client";

import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * Keeps what the user typed but has not saved yet in this tab's sessionStorage, so that a
 * session that expires mid-form loses nothing: after signing in again the form comes back as it
 * was. Restored only over the same server version of the record (never over newer data).
 */
export function useUnsavedDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>, version: number | undefined) {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const raw = window.sessionStorage.getItem(key);
    if (raw) {
      try {
        const saved = JSON.parse(raw) as { version: number | null; values: T };
        if (saved.version === (version ?? null)) {
          form.reset(saved.values, { keepDefaultValues: true });
          // Restoring is a user-visible event; announcing it here is the point of the effect.
          // eslint-disable-next-line react-hooks/set-state-in-effect
          setRestored(true);
        } else {
          window.sessionStorage.removeItem(key);
        }
      } catch {
        window.sessionStorage.removeItem(key);
      }
    }
    const subscription = form.watch((values) => {
      window.sessionStorage.setItem(key, JSON.stringify({ version: version ?? null, values }));
    });
    return () => subscription.unsubscribe();
  }, [key, form, version]);

  return { restored, forget: () => window.sessionStorage.removeItem(key) };
}
