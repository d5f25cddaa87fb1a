"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import type { ActionResult } from "@/lib/actions/action-result";

/** Revokes one key after the member confirms; the list refreshes from the server. */
export function RevokeApiKeyButton({ action, apiKeyId, name }: { action: (input: { apiKeyId: string }) => Promise<ActionResult<undefined>>; apiKeyId: string; name: string }) {
  const t = useTranslations("apiKeys");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () => {
    if (!window.confirm(t("revokeConfirm", { name }))) return;
    startTransition(async () => {
      const result = await action({ apiKeyId });
      if (!result.ok) setError(result.formError ?? "unexpected");
      else router.refresh();
    });
  };
  return (
    <>
      <Button type="button" variant="danger" className="ml-2 px-2 py-1" onClick={revoke} disabled={pending} aria-label={t("revokeLabel", { name })}>
        {pending ? t("revoking") : t("revoke")}
      </Button>
      <FormError code={error} />
    </>
  );
}
