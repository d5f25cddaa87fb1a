"use client";

import { useEffect } from "react";

/**
 * Marks the document (`<html data-hydrated>`) once React has hydrated it. Until then a form's
 * fields are the server's HTML, and react-hook-form's register() resets them to their defaults
 * when it attaches: text typed before that is lost. The end-to-end specs wait for the mark before
 * typing into a heavy page (e2e/support.ts, waitForHydration).
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
