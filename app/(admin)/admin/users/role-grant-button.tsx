"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/form-error";
import { cancelRoleGrantAction, confirmRoleGrantAction, requestPaymentRoleAction } from "./actions";

const ACTIONS = {
  confirm: (id: string) => confirmRoleGrantAction({ grantId: id }),
  cancel: (id: string) => cancelRoleGrantAction({ grantId: id }),
  requestPayment: (id: string) => requestPaymentRoleAction({ userId: id }),
} as const;

/** One button for a role grant: confirm or cancel a pending grant, or ask for a reviewer's payment right. */
export function RoleGrantButton({ kind, id, label }: { kind: keyof typeof ACTIONS; id: string; label: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-label={`${t(`grant.${kind}`)}: ${label}`}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await ACTIONS[kind](id);
            if (!result.ok) setError(result.formError ?? "unexpected");
            router.refresh();
          })
        }
      >
        {t(`grant.${kind}`)}
      </button>
      <FormError code={error} />
    </>
  );
}
