"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { setMailPreferencesAction } from "./actions";

/** One checkbox per optional kind of mail: checked = the person receives it. */
export function MailPreferencesForm({ optionalKinds, muted }: { optionalKinds: readonly string[]; muted: readonly string[] }) {
  const t = useTranslations("account.mail");
  const [pending, startTransition] = useTransition();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="mt-2 flex max-w-xl flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const mutedMailKinds = optionalKinds.filter((kind) => data.get(kind) !== "on");
        setSaved(false);
        startTransition(async () => {
          const result = await setMailPreferencesAction({ mutedMailKinds });
          if (result.ok) setSaved(true);
          else setError(result.formError ?? "unexpected");
        });
      }}
    >
      <FormError code={error} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("optional")}</legend>
        {optionalKinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input type="checkbox" name={kind} defaultChecked={!muted.includes(kind)} />
            {t(`kind.${kind}` as never)}
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
      {saved ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {t("saved")}
        </p>
      ) : null}
    </form>
  );
}
