"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { createPrefilledDraftAction } from "../actions";

/** Takes up a pre-filled claim and opens the draft, where the enterprise checks the lines and adds evidence. */
export function PrefillOfferButton({ claimYear, label }: { claimYear: number; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mt-3 flex flex-col gap-2">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await createPrefilledDraftAction({ claimYear });
            if (!result.ok) {
              setError(result.formError ?? "unexpected");
              return;
            }
            router.push(`/enterprise/claims/${result.data.id}`);
          })
        }
      >
        {label}
      </Button>
      <FormError code={error} />
    </div>
  );
}
