"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldValues, type Path, type UseFormProps } from "react-hook-form";
// Type-only: the schemas are zod/mini (bench/README.md F1); classic zod must not reach the client.
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * react-hook-form wired to a zod schema and a server action: the browser validates with the
 * same schema the server uses, and the server's field errors land next to the same fields.
 */
export function useActionForm<S extends z.core.$ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver"> = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ ...options, resolver: zodResolver(schema as never) as never });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (onSuccess: (data: T) => void | Promise<void>) =>
    form.handleSubmit(async (_parsed, event) => {
      event?.preventDefault();
      setFormError(null);
      // Send what the user typed, not the parsed values: the server parses it again itself.
      const result = await action(form.getValues());
      if (result.ok) return onSuccess(result.data);
      if (result.formError) setFormError(result.formError);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { message });
      }
    });

  return { form, formError, submit };
}
