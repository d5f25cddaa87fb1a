"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
import { setUserDisabledAction } from "./actions";

export function UserStatusButton({ userId, disabled, label }: { userId: string; disabled: boolean; label: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`${disabled ? t("enable") : t("disable")}: ${label}`}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
        onClick={() =>
          startTransition(async () => {
            const result = await setUserDisabledAction({ userId, disabled: !disabled });
            if (!result.ok) setError(result.formError ?? "unexpected");
            router.refresh();
          })
        }
      >
        {disabled ? t("enable") : t("disable")}
      </button>
      <FormError code={error} />
    </>
  );
}
