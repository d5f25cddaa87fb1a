"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { InviteColleagueInput } from "@/lib/schemas/invitation";

/** Invites a colleague into the caller's organisation; the page passes its area's server action. */
export function InviteColleagueForm({ action }: { action: (input: InviteColleagueInput) => Promise<ActionResult<{ email: string; link: string }>> }) {
  const t = useTranslations("invitation");
  const router = useRouter();
  const [sent, setSent] = useState<{ email: string; link: string } | null>(null);
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/invitation").then((m) => m.inviteColleagueSchema), action, { defaultValues: { email: "" } });
  const onSubmit = submit((data) => {
    setSent(data);
    form.reset({ email: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 flex max-w-xl flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("inviteTitle")}</h2>
      <FormError code={formError} />
      <FormField id="invite-email" label={t("inviteEmail")} error={form.formState.errors.email?.message} required>
        {(aria) => <input {...aria} {...form.register("email")} type="email" className={inputClass} />}
      </FormField>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("inviting") : t("invite")}
        </Button>
      </div>
      {sent ? (
        <div role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm">
          <p>{t("invited", { email: sent.email })}</p>
          <p className="mt-1 break-all font-mono" data-testid="invitation-link">
            {sent.link}
          </p>
        </div>
      ) : null}
    </form>
  );
}
