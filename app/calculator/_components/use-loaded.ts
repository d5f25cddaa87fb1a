"use client";

import { useEffect, useState } from "react";

/** The value of a lazy import once it has arrived (null until then): the schema the live result validates with. */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => {
      if (live) setValue(() => loaded);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}
