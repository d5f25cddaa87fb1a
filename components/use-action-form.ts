"use client";

import { useEffect, useState } from "react";
import { useForm, type FieldValues, type Path, type Resolver, type UseFormProps } from "react-hook-form";
// Type-only: the schemas are zod/mini (bench/README.md F1); classic zod must not reach the client.
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { useHydrated } from "./use-hydrated";

/** Where a form's schema comes from: `() => import("@/lib/schemas/x").then((m) => m.xSchema)`. */
export type SchemaLoader<S> = () => Promise<S>;

/**
 * A react-hook-form resolver that loads the zod schema and @hookform/resolvers the first time it
 * validates. zod is the largest library of a form page (38 KB gzip, bench/README.md F5): loaded
 * this way it is not first-load JavaScript; usePreloadedSchema starts the download at the user's
 * first focus or click, so by the first blur or submit it is there.
 */
function lazyZodResolver<S extends z.core.$ZodType<FieldValues, FieldValues>>(loadSchema: SchemaLoader<S>): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, context, options) => {
    const [schema, { zodResolver }] = await Promise.all([loadSchema(), import("@hookform/resolvers/zod")]);
    return (zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>)(values, context, options);
  };
}

/**
 * Starts loading what lazyZodResolver needs when the user first reaches for the page (a focus, a
 * pointer or a key), not during page load: parsing zod then would be main-thread work on every
 * visit, and a field is always focused before its first blur validates it.
 */
function usePreloadedSchema(loadSchema: SchemaLoader<unknown>): void {
  useEffect(() => {
    const events = ["focusin", "pointerdown", "keydown"] as const;
    const preload = () => {
      for (const type of events) document.removeEventListener(type, preload, true);
      void loadSchema();
      void import("@hookform/resolvers/zod");
    };
    for (const type of events) document.addEventListener(type, preload, true);
    return () => {
      for (const type of events) document.removeEventListener(type, preload, true);
    };
    // The loader is a static import() per form: one preload per mount is the intent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * react-hook-form validating with a lazily loaded zod schema, its fields disabled until hydrated
 * (see useHydrated): nothing typed is lost or leaks into a URL. For a form that does not post to
 * a server action (the login form signs in through next-auth); the others use useActionForm.
 */
export function useSchemaForm<S extends z.core.$ZodType<FieldValues, FieldValues>>(
  loadSchema: SchemaLoader<S>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver"> = {},
) {
  const hydrated = useHydrated();
  const [resolver] = useState(() => lazyZodResolver(loadSchema));
  usePreloadedSchema(loadSchema);
  return useForm<z.input<S>, unknown, z.output<S>>({ ...options, disabled: options.disabled || !hydrated, resolver });
}

/**
 * react-hook-form wired to a zod schema and a server action: the browser validates with the
 * same schema the server uses, and the server's field errors land next to the same fields.
 */
export function useActionForm<S extends z.core.$ZodType<FieldValues, FieldValues>, T>(
  loadSchema: SchemaLoader<S>,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver"> = {},
) {
  const form = useSchemaForm(loadSchema, options);
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
