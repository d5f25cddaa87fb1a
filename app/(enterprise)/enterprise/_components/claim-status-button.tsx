"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { FormError } from "@/components/form-error";
import { reopenOffshoreClaimAction, withdrawOffshoreClaimAction } from "@/app/(enterprise)/enterprise/claims/actions";

/** Withdraw a claim nobody has started, or reopen a withdrawn one as a draft. */
export function ClaimStatusButton({ claimId, version, mode }: { claimId: string; version: number; mode: "withdraw" | "reopen" }) {
  const t = useTranslations(mode === "withdraw" ? "offshoreClaim.withdraw" : "offshoreClaim.reopen");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const action = mode === "withdraw" ? withdrawOffshoreClaimAction : reopenOffshoreClaimAction;
  return (
    <div className="mt-6 flex flex-col gap-2">
      <p className="text-sm">{t("hint")}</p>
      <FormError code={error} />
      <div>
        <Button
          type="button"
          variant={mode === "withdraw" ? "danger" : "secondary"}
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(t("confirm"))) return;
            setBusy(true);
            const result = await action({ claimId, version });
            setBusy(false);
            if (result.ok) router.refresh();
            else setError(result.formError ?? "unexpected");
          }}
        >
          {t("button")}
        </Button>
      </div>
    </div>
  );
}
