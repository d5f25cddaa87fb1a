"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Submits a file-upload form to its server action (the form's own fields, plus what `extend`
 * adds), clears it and refreshes the page on success, and keeps the error for the `file` field
 * and the form's error otherwise. Shared by the licence and the trainee-evidence upload forms.
 */
export function useFileUpload<T>(action: (form: FormData) => Promise<ActionResult<T>>, extend?: (data: FormData) => void) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    extend?.(data);
    setBusy(true);
    setError(undefined);
    setFormError(null);
    const result = await action(data);
    setBusy(false);
    if (result.ok) {
      element.reset();
      router.refresh();
      return;
    }
    setError(result.fieldErrors?.file);
    setFormError(result.formError ?? null);
  };
  return { onSubmit, error, formError, busy };
}
