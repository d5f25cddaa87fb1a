"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A button that runs one server action, then refreshes the page; a refused action shows its
 * error code below the button. Used by the inbox and the user administration. Disabled until
 * hydrated: before that it has no handler, and a click on it would be silently lost.
 */
export function ActionButton({
  run,
  label,
  ariaLabel,
  className = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100",
  clearErrorOnRetry = false,
}: {
  run: () => Promise<ActionResult<unknown>>;
  label: string;
  ariaLabel?: string;
  className?: string;
  /** Clear a previous error when clicked again (the role-grant buttons do; the others keep it until a refusal replaces it). */
  clearErrorOnRetry?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  return (
    <>
      <button
        type="button"
        disabled={pending || !hydrated}
        aria-label={ariaLabel}
        className={className}
        onClick={() =>
          startTransition(async () => {
            if (clearErrorOnRetry) setError(null);
            const result = await run();
            if (!result.ok) setError(result.formError ?? "unexpected");
            router.refresh();
          })
        }
      >
        {label}
      </button>
      <FormError code={error} />
    </>
  );
}
