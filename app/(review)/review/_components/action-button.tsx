"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { useHydrated } from "@/components/use-hydrated";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * One click, one server action with fixed input; refused actions show their message, success refreshes the page.
 * Disabled until hydrated: before that the button has no handler, and a click on it was silently lost.
 */
export function ActionButton<I, T>({
  action,
  input,
  label,
  variant = "primary",
  onDone,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  onDone?: (data: T) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending || !hydrated}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action(input);
            if (!result.ok) {
              setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "unexpected");
              return;
            }
            onDone?.(result.data);
            router.refresh();
          })
        }
      >
        {label}
      </Button>
      <FormError code={error} />
    </div>
  );
}
