"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { FormField, inputClass } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invitation");
  const router = useRouter();
  const { form, formError, submit } = useActionForm(() => import("@/lib/schemas/invitation").then((m) => m.acceptInvitationSchema), acceptInvitationAction, {
    defaultValues: { token, name: "", password: "", passwordConfirm: "" },
  });
  const { register, formState } = form;
  const onSubmit = submit(async () => {
    await signIn("credentials", { email, password: form.getValues("password"), redirect: false });
    router.push("/home");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex max-w-xl flex-col gap-4">
      <FormError code={formError} />
      <FormField id="name" label={t("acceptName")} error={formState.errors.name?.message} required>
        {(aria) => <input {...aria} {...register("name")} autoComplete="name" className={inputClass} />}
      </FormField>
      <FormField id="password" label={t("acceptPassword")} hint={t("passwordHint")} error={formState.errors.password?.message} required>
        {(aria) => <input {...aria} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </FormField>
      <FormField id="passwordConfirm" label={t("acceptPasswordConfirm")} error={formState.errors.passwordConfirm?.message} required>
        {(aria) => <input {...aria} {...register("passwordConfirm")} type="password" autoComplete="new-password" className={inputClass} />}
      </FormField>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("accepting") : t("accept")}
        </Button>
      </div>
    </form>
  );
}
