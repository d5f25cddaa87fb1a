"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchCityAction } from "@/app/actions/switch-city";

interface SwitchableCity {
  id: string;
  /** "切换到长沙市", translated on the server (components/app-shell.tsx). */
  label: string;
}

/**
 * The city switch of a staff account with posts in several cities (issue 22). Shown only to such
 * accounts; texts come translated from the server, as the language switcher's do, so a staff page
 * needs no message bundle in the browser for it.
 */
export function CitySwitcher({ cities, groupLabel, refusals }: { cities: SwitchableCity[]; groupLabel: string; refusals: Record<string, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <div role="group" aria-label={groupLabel} className="flex flex-wrap items-center gap-1 text-sm" data-testid="city-switcher">
      {cities.map((city) => (
        <button
          key={city.id}
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await switchCityAction({ cityId: city.id });
              if (result.ok) {
                setRefusal(null);
                router.push(result.data.homePath);
                router.refresh();
              } else {
                setRefusal(refusals[result.formError ?? ""] ?? refusals.unexpected ?? null);
              }
            })
          }
          className="rounded border border-white px-2 py-1 text-white"
        >
          {city.label}
        </button>
      ))}
      {refusal ? (
        <span role="alert" className="rounded bg-white px-2 py-1 text-red-800">
          {refusal}
        </span>
      ) : null}
    </div>
  );
}
